import type { ArgumentMap } from '../../core/model';
import { readMap } from '../../core/sync';
import type { RunningServer } from '../../server/app';

/** The map as the server's loaded room holds it right now (undefined when the room is not loaded). */
export function roomMap(server: RunningServer, id: string): ArgumentMap | undefined {
  const room = server.rooms.loaded.get(id);
  return room && readMap(room.doc).map;
}

/** The text of a statement in the server's loaded room. */
export const roomText = (server: RunningServer, mapId: string, statementId: string) =>
  roomMap(server, mapId)?.statements.find((s) => s.id === statementId)?.text;
