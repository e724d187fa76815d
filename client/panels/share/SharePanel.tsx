import { canEditMap } from '../../../core/policy/roles';
import { useCallback, useEffect, useState } from 'react';
import { useEditor } from '../../EditorContext';
import { type AccessInfo, fetchAccess } from '../../net/access';
import type { Role } from '../../net/shareToken';
import { CopyField } from './CopyField';
import { type ShareLink, absoluteUrl, createLink, listLinks, revokeLink } from './linksApi';

export const ROLE_LABEL: Record<Role, string> = { edit: 'Can edit', comment: 'Can comment', view: 'Can view' };
const ROLE_HINT: Record<Role, string> = {
  edit: 'change the map, comment and share it',
  comment: 'read the map and add comments',
  view: 'read the map, follow others and export it',
};
const EXPIRY = [
  { days: 0, label: 'never' },
  { days: 1, label: 'in 1 day' },
  { days: 7, label: 'in 7 days' },
  { days: 30, label: 'in 30 days' },
];
const day = (iso: string) => {
  const d = new Date(iso);
  return d.toLocaleDateString(undefined, { day: 'numeric', month: 'short', ...(d.getFullYear() !== new Date().getFullYear() && { year: 'numeric' }) });
};

function LinkItem({ link, onRevoke }: { link: ShareLink; onRevoke: (l: ShareLink) => void }) {
  const [confirming, setConfirming] = useState(false);
  const revoked = link.revokedAt !== null;
  return (
    <li className={`share-link${revoked ? ' revoked' : ''}`} data-role={link.role}>
      <div className="share-link-head">
        <span className={`role-pill role-${link.role}`}>{ROLE_LABEL[link.role]}</span>
        <span className="muted">
          {day(link.createdAt)}
          {link.expiresAt && ` · expires ${day(link.expiresAt)}`}
          {revoked && ` · revoked ${day(link.revokedAt!)}`}
        </span>
        {!revoked && !confirming && <button type="button" className="link-button revoke" onClick={() => setConfirming(true)}>Revoke…</button>}
      </div>
      {!revoked && link.url && <CopyField value={absoluteUrl(link.url)} label={`${ROLE_LABEL[link.role]} link`} />}
      {!revoked && confirming && (
        <div className="confirm">
          <span>Revoke this link? Anyone using it is disconnected now.</span>
          <button type="button" className="danger" onClick={() => onRevoke(link)}>Revoke</button>
          <button type="button" onClick={() => setConfirming(false)}>Keep</button>
        </div>
      )}
    </li>
  );
}

/** Share links for edit, comment-only and view-only access: create, copy, list, revoke. */
export function SharePanel() {
  const editor = useEditor();
  const { mapId } = editor.store;
  const role = editor.useState((s) => s.role);
  const [access, setAccess] = useState<AccessInfo | null>(null);
  const [links, setLinks] = useState<ShareLink[]>([]);
  const [newRole, setNewRole] = useState<Role>('view');
  const [expiry, setExpiry] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const reload = useCallback(() => listLinks(mapId).then(setLinks, (e: Error) => setError(e.message)), [mapId]);
  useEffect(() => {
    fetchAccess(mapId).then((a) => {
      setAccess(a);
      if (a.auth && a.role === 'edit') void reload();
    }, (e: Error) => setError(e.message));
  }, [mapId, reload]);

  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      const link = await createLink(mapId, newRole, expiry || undefined);
      setLinks((ls) => [...ls, link]);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const revoke = async (link: ShareLink) => {
    try {
      const updated = await revokeLink(mapId, link.linkId);
      setLinks((ls) => ls.map((l) => (l.linkId === link.linkId ? updated : l)));
    } catch (e) {
      setError((e as Error).message);
    }
  };

  if (!access) return error ? <p role="alert" className="error">{error}</p> : <p className="muted">Loading…</p>;
  if (!access.auth) {
    return (
      <div className="share-panel">
        <h2>Share this map</h2>
        <p>This server is open: anyone who can reach it can open and edit every map with this address.</p>
        <CopyField value={absoluteUrl(`/m/${encodeURIComponent(mapId)}`)} label="Address of this map" />
        <p className="muted small">To hand out view-only or comment-only links, start the server with <code>AUTH_SECRET</code> set.</p>
      </div>
    );
  }
  if (!canEditMap(role)) {
    return (
      <div className="share-panel">
        <h2>Share this map</h2>
        <p className="muted">You opened this map with a {role === 'view' ? 'view-only' : 'comment-only'} link; only people who can edit it can make links. Ask the facilitator.</p>
      </div>
    );
  }
  const active = links.filter((l) => l.revokedAt === null);
  const revoked = links.filter((l) => l.revokedAt !== null);
  return (
    <div className="share-panel">
      <h2>Share this map</h2>
      <div className="share-create">
        <label htmlFor="share-role">People with the link</label>
        <select id="share-role" value={newRole} onChange={(e) => setNewRole(e.target.value as Role)}>
          {(['view', 'comment', 'edit'] as const).map((r) => <option key={r} value={r}>{ROLE_LABEL[r].toLowerCase()}</option>)}
        </select>
        <p className="muted small">They can {ROLE_HINT[newRole]}.</p>
        <label htmlFor="share-expiry">Link expires</label>
        <select id="share-expiry" value={expiry} onChange={(e) => setExpiry(Number(e.target.value))}>
          {EXPIRY.map((x) => <option key={x.days} value={x.days}>{x.label}</option>)}
        </select>
        <button type="button" className="primary" disabled={busy} onClick={create}>Create link</button>
      </div>
      {error && <p role="alert" className="error">{error}</p>}
      <h3>Active links ({active.length})</h3>
      {active.length === 0 ? <p className="muted small">No links yet.</p> : (
        <ul className="share-links" aria-label="Active links">{[...active].reverse().map((l) => <LinkItem key={l.linkId} link={l} onRevoke={revoke} />)}</ul>
      )}
      {revoked.length > 0 && (
        <details>
          <summary>Revoked links ({revoked.length})</summary>
          <ul className="share-links" aria-label="Revoked links">{revoked.map((l) => <LinkItem key={l.linkId} link={l} onRevoke={revoke} />)}</ul>
        </details>
      )}
    </div>
  );
}
