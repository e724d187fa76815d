import { canEditMap } from '../../core/policy/roles';
import type { MapStore } from '../store/mapStore';
import { ApiError, apiFetch, getPageToken, mapPath } from './api';
import { type Role, getTokenRole } from './shareToken';

export interface AccessInfo {
  readonly role: Role;
  /** True for the facilitator (the admin token, or anyone on a server without AUTH_SECRET). */
  readonly admin: boolean;
  /** False when the server is open (no AUTH_SECRET): share links do not exist there. */
  readonly auth: boolean;
}

/** Asks the server what this page's token allows on a map. */
export function fetchAccess(mapId: string): Promise<AccessInfo> {
  return apiFetch<AccessInfo>(mapPath(mapId, '/access'));
}

/**
 * Puts the local role in the store: at once the role the page's share token claims (so a
 * view-only page never shows editing tools, not even for a moment), then what the server says.
 * While the role is not `edit`, inline text editing cannot open. The server enforces all of it.
 */
export function applyAccess(store: MapStore): () => void {
  const token = getPageToken();
  store.state.setState({ role: token ? (getTokenRole(token) ?? 'view') : 'edit' });
  const stop = store.state.subscribe((s) => {
    if (!canEditMap(s.role) && s.editingId !== null) store.state.setState({ editingId: null });
  });
  fetchAccess(store.mapId).then(
    ({ role }) => store.state.setState({ role }),
    (e: ApiError) => {
      // A refused token also closes the socket (the editor says why); anything else keeps the claim.
      if (e.status === 401 || e.status === 403) store.state.setState({ role: 'view' });
    },
  );
  return stop;
}
