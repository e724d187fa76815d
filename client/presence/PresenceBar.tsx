import { useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import { useEditor } from '../EditorContext';
import { type Identity, getIdentity, inkOn, subscribeIdentity } from './identity';
import { type Peer, getDisplayName, getInitials } from './peers';
import { getPresenceUi } from './presenceUi';
import { usePeers } from './usePeers';

const SHOWN = 6;

/** What a participant is doing, for their avatar's tooltip. */
function activity(peer: Peer, textOf: (id: string) => string | undefined): string {
  const editing = peer.editing ? textOf(peer.editing) : undefined;
  if (editing !== undefined) return ` · editing “${editing.slice(0, 40)}”`;
  const selected = peer.selection.length === 1 ? textOf(peer.selection[0]) : undefined;
  return selected !== undefined ? ` · on “${selected.slice(0, 40)}”` : '';
}

let cachedIdentity: Identity | undefined;
/** A stable snapshot for useSyncExternalStore: the same object until the name or colour changes. */
function readIdentity(): Identity {
  const next = getIdentity();
  if (!cachedIdentity || cachedIdentity.name !== next.name || cachedIdentity.color !== next.color) cachedIdentity = next;
  return cachedIdentity;
}

/**
 * Who is here, in the toolbar: one's own avatar (click: name and colour), the others' (click:
 * follow their view), how many, and the doors to sharing and history.
 */
export function PresenceBar() {
  const editor = useEditor();
  const { store, connection } = editor;
  const awareness = connection.provider.awareness;
  const peers = usePeers(awareness);
  const ui = getPresenceUi(awareness);
  const following = useStore(ui, (s) => s.following);
  const dialogOpen = useStore(ui, (s) => s.nameDialog !== 'closed');
  const me = useSyncExternalStore(subscribeIdentity, readIdentity);
  const statements = editor.useState((s) => s.map.statements);
  const textOf = (id: string) => statements.find((s) => s.id === id)?.text;
  const hidden = peers.slice(SHOWN);
  return (
    <div className="presence-bar">
      <div className="avatars" role="group" aria-label={`${peers.length + 1} ${peers.length === 0 ? 'person' : 'people'} on this map`}>
        <button type="button" className="avatar self" style={{ background: me.color, color: inkOn(me.color) }}
          title={me.name ? `${me.name} (you): change your name or colour` : 'You: add the name others see'}
          aria-label={me.name ? 'Your name and colour' : 'You: your name and colour'} aria-expanded={dialogOpen}
          onClick={() => ui.setState({ nameDialog: dialogOpen ? 'closed' : 'open' })}>
          {me.name ? getInitials(me.name) : 'You'}
        </button>
        {peers.slice(0, SHOWN).map((p) => {
          const name = getDisplayName(p);
          const on = following === p.clientId;
          return (
            <button key={p.clientId} type="button" className="avatar" style={{ background: p.user.color, color: inkOn(p.user.color) }} aria-pressed={on}
              data-peer={name}
              title={`${name}${activity(p, textOf)}\n${on ? 'Click to stop following' : 'Click to follow their view'}`}
              aria-label={on ? `Stop following ${name}` : `Follow ${name}`}
              onClick={() => ui.setState({ following: on ? null : p.clientId })}>
              {getInitials(name)}
            </button>
          );
        })}
        {hidden.length > 0 && <span className="avatar more" title={hidden.map(getDisplayName).join(', ')}>+{hidden.length}</span>}
      </div>
      <span className="presence-count" title="People on this map now">{peers.length + 1} here</span>
      <button type="button" className="collab-button" onClick={() => store.state.setState({ panel: 'history' })} title="Saved versions of this map">History</button>
      <button type="button" className="collab-button primary" onClick={() => store.state.setState({ panel: 'share' })} title="Share links to this map">Share</button>
    </div>
  );
}
