let registered = false;

/**
 * Registers the service worker (client/public/sw.js) that keeps a copy of the app shell, so a
 * map opened once can be reloaded without a network; its content comes from IndexedDB. Only in
 * built clients: under the dev server (hot reloading) the worker would get in the way. Checked
 * with import.meta.hot rather than env.PROD, which is false in a build run with NODE_ENV=test.
 */
export function registerOfflineShell(): void {
  if (registered || import.meta.hot || !('serviceWorker' in navigator)) return;
  registered = true;
  navigator.serviceWorker.register('/sw.js').catch((e: Error) => console.warn('[offline] no service worker:', e.message));
}
