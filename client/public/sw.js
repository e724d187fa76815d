// Warrant's offline shell: keeps the built client (index.html, its hashed assets and the
// assets they load, such as the layout worker) so that a map opened once can be reloaded
// without a network; the map itself comes from IndexedDB. Network first: online, every load
// gets the newest client and the cache is only the fallback. The API and the sync socket are
// never cached.
const CACHE = 'warrant-shell-v1';
const SHELL = '/index.html';
// With or without the leading slash: lazy chunks are named "assets/X.js" in vite's preload map.
const ASSET = /\bassets\/[\w.-]+\.(?:js|css|wasm|woff2?|svg|png)/g;

const assetsIn = (text) => [...new Set((text.match(ASSET) ?? []).map((path) => `/${path}`))];

// Caches index.html, the assets it names and the ones those load; drops assets of older builds.
async function cacheShell(response) {
  const cache = await caches.open(CACHE);
  const html = await response.clone().text();
  await cache.put(SHELL, response);
  const keep = new Set(['/favicon.svg']);
  let next = assetsIn(html);
  while (next.length > 0) {
    const found = [];
    for (const path of next) {
      if (keep.has(path)) continue;
      keep.add(path);
      let hit = await cache.match(path);
      if (!hit) {
        const res = await fetch(path).catch(() => undefined);
        if (!res || !res.ok) continue;
        await cache.put(path, res.clone());
        hit = res;
      }
      if (path.endsWith('.js')) found.push(...assetsIn(await hit.text()));
    }
    next = found;
  }
  if (!(await cache.match('/favicon.svg'))) await cache.add('/favicon.svg').catch(() => {});
  for (const req of await cache.keys()) {
    const path = new URL(req.url).pathname;
    if (path.startsWith('/assets/') && !keep.has(path)) await cache.delete(req);
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(fetch('/', { cache: 'no-cache' }).then((r) => (r.ok ? cacheShell(r) : undefined)).catch(() => {}).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/sync/') || url.pathname === '/health') return;
  const navigation = request.mode === 'navigate';
  event.respondWith((async () => {
    try {
      const response = await fetch(request);
      if (response.ok && navigation) event.waitUntil(cacheShell(response.clone()));
      return response;
    } catch (error) {
      const cached = await caches.match(navigation ? SHELL : url.pathname);
      if (cached) return cached;
      throw error;
    }
  })());
});
