import type { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';

/** The close event a y-websocket client gets next (code and reason). */
export function nextClose(provider: WebsocketProvider): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => {
    provider.once('connection-close', (e: CloseEvent | null) => resolve({ code: e?.code ?? 0, reason: e?.reason ?? '' }));
  });
}

/** Opens a raw WebSocket; resolves with it once open, and records every message and the close. */
export function openRawSocket(url: string) {
  const ws = new WebSocket(url);
  const messages: Buffer[] = [];
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
  });
  ws.on('message', (data: Buffer) => messages.push(data));
  ws.on('error', () => {});
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
  });
  return { ws, messages, closed, opened };
}
