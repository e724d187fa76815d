import * as decoding from 'lib0/decoding';
import type { WebsocketProvider } from 'y-websocket';

/**
 * Records the reasons of y-websocket auth "permission denied" messages a client receives
 * (the unmodified client only logs them), on its current and future sockets.
 */
export function recordDenials(provider: WebsocketProvider): string[] {
  const reasons: string[] = [];
  const watch = () => {
    provider.ws?.addEventListener('message', (e: MessageEvent) => {
      const d = decoding.createDecoder(new Uint8Array(e.data as ArrayBuffer));
      if (decoding.readVarUint(d) === 2 && decoding.readVarUint(d) === 0) reasons.push(decoding.readVarString(d));
    });
  };
  watch();
  provider.on('status', ({ status }: { status: string }) => status === 'connected' && watch());
  return reasons;
}
