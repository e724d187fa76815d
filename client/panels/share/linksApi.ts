import { apiFetch, mapPath } from '../../net/api';
import type { Role } from '../../net/shareToken';

/** A share link as the server describes it (token and url only while it is active). */
export interface ShareLink {
  readonly linkId: string;
  readonly role: Role;
  readonly createdAt: string;
  readonly expiresAt: string | null;
  readonly revokedAt: string | null;
  readonly token?: string;
  /** Path and query, e.g. `/m/<id>?token=…`. */
  readonly url?: string;
}

export const listLinks = (mapId: string) => apiFetch<ShareLink[]>(mapPath(mapId, '/links'));

export const createLink = (mapId: string, role: Role, expiresInDays?: number) =>
  apiFetch<ShareLink>(mapPath(mapId, '/links'), { method: 'POST', json: { role, ...(expiresInDays && { expiresInDays }) } });

export const revokeLink = (mapId: string, linkId: string) =>
  apiFetch<ShareLink>(mapPath(mapId, `/links/${encodeURIComponent(linkId)}`), { method: 'DELETE' });

/** The full address to hand out. */
export const absoluteUrl = (path: string) => new URL(path, window.location.origin).href;

/**
 * Copies text to the clipboard. The Clipboard API needs a secure context (https or localhost);
 * a workshop server reached over plain http on the LAN is not one, so fall back to a selection.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}
