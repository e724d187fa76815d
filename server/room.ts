import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';

/** A connection's hooks, as a room sees it. */
export interface RoomPeer {
  send(message: Uint8Array): void;
  /** Closes the connection with a WebSocket close code and a reason for the person using it. */
  close(code: number, reason: string): void;
  /** Awareness client ids this connection controls, removed when it leaves. */
  readonly awarenessIds: Set<number>;
  /** The share link the connection came in with (absent when the server is open or for the admin). */
  readonly linkId?: string;
}

/** The origin of changes the server itself makes (e.g. a rename through the API). */
export const SERVER_ORIGIN = 'warrant:server';

export interface Room {
  readonly id: string;
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  readonly peers: Set<RoomPeer>;
  /**
   * State vector of the stored snapshot that was sent to the connections waiting for this room
   * before it was loaded (see RoomManager.open): their first sync reply leaves out what they got.
   */
  readonly sharedVector?: Uint8Array;
  /**
   * The document's whole state as it was stored, kept from the load until the first change
   * (then dropped): a newcomer holding nothing is sent these bytes instead of an encoding of
   * the whole document.
   */
  storedState?: Uint8Array;
}

/** A room that cannot be opened because a newer Warrant wrote it; the message is for the person. */
export class MapVersionError extends Error {
  override readonly name = 'MapVersionError';
}

/** The close code for it: final, like the other 44xx codes (the client stops reconnecting). */
export const CLOSE_NEWER_VERSION = 4426;
