/**
 * How long to wait before reconnect attempt `attempt` (0 for the first): a random point in a
 * window that doubles with each failure, so that after a server restart or a Wi-Fi drop in a
 * workshop room the clients come back spread out instead of all in the same moment.
 *
 *   attempt 0 → 100–600 ms, 1 → 100–1100 ms, 2 → 100–2100 ms, … capped at 100–8100 ms.
 */
export function getReconnectDelay(attempt: number, random: () => number = Math.random): number {
  const window = Math.min(8000, 500 * 2 ** Math.max(0, attempt));
  return Math.round(100 + random() * window);
}
