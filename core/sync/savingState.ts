/**
 * The server tells its clients when it cannot store their edits (its database is unreachable):
 * an auth message (y-websocket type 2) with this subtype, then 1 (saving paused) or 0 (saving
 * again). y-protocols/auth skips subtypes it does not know, so an unmodified y-websocket client
 * ignores the message; Warrant's client shows it beside the connection status.
 *   [2, 100, 1] → "Saving paused"      [2, 100, 0] → saving again
 */
export const AUTH_SAVING_STATE = 100;
