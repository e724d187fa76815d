import { canEditMap } from '../../core/policy/roles';
import type { ActionContext } from '../actions/action';
import { getAction } from '../actions/editActions';
import { useEditor } from '../EditorContext';
import type { ConnectionStatus, SyncStatus } from '../net/useConnectionStatus';
import { PresenceBar } from '../presence/PresenceBar';
import { MapTitle } from './MapTitle';

/** Actions that do not change the map: still offered on a view-only or comment-only link. */
const READ_ONLY_ACTIONS = new Set(['find', 'help', 'fitView']);

const STATUS_TEXT: Record<SyncStatus, string> = {
  connecting: 'Connecting…',
  connected: 'Connected',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
};

const PAUSED_TITLE = 'Your edits are kept and will be saved, and shown to others, as soon as the server reaches its database again.';

export function Toolbar({ ctx, sync, theme, onToggleTheme }: {
  ctx: ActionContext;
  sync: ConnectionStatus;
  theme: 'light' | 'dark';
  onToggleTheme: () => void;
}) {
  const editor = useEditor();
  const direction = editor.useState((s) => s.map.direction);
  const panelOpen = editor.useState((s) => s.panel !== null);
  const canEdit = editor.useState((s) => canEditMap(s.role));
  /** A tool button; with `icon`, the button shows the icon and is named by `text` (for screen readers and tests). */
  const button = (name: string, text: string, icon?: string) => {
    const a = getAction(name);
    return (
      <button type="button" className={icon ? 'icon-button' : undefined} onClick={() => a.perform(ctx)} disabled={!canEdit && !READ_ONLY_ACTIONS.has(name)}
        title={`${a.label}${a.keys ? ` (${a.keys[0]})` : ''}`} aria-label={icon ? text : undefined}>
        {icon ?? text}
      </button>
    );
  };
  return (
    <header className="toolbar" role="toolbar" aria-label="Map tools">
      <a className="brand" href="/" title="All maps">Warrant</a>
      <MapTitle ctx={ctx} />
      <div className="tools">
        {button('addStatement', '+ Statement')}
        {button('addReason', '+ Reason')}
        {button('addObjection', '+ Objection')}
        {button('deleteSelection', 'Delete')}
        {button('undo', 'Undo', '↶')}
        {button('redo', 'Redo', '↷')}
        {button('autoLayout', 'Auto layout')}
        {button('toggleDirection', direction === 'TB' ? 'Top-down' : 'Left-right')}
        <button type="button" className="icon-button" onClick={onToggleTheme} aria-label={`Switch to ${theme === 'light' ? 'dark' : 'light'} theme`}
          title={`Switch to ${theme === 'light' ? 'dark' : 'light'} theme`}>
          {theme === 'light' ? '☾' : '☀'}
        </button>
        <button type="button" aria-pressed={panelOpen} onClick={() => editor.store.state.setState({ panel: panelOpen ? null : 'inspector' })}>
          Panels
        </button>
        {button('help', '?')}
      </div>
      <PresenceBar />
      {/* One live region whose text changes, so screen readers announce a pause in saving and its end. Connected is the
          normal case: a green dot says it (the word stays for screen readers and the tooltip). A pause shows a short
          word in the row (the toolbar has no room for more) and what it means just below. */}
      <span className={`sync-status ${sync.savingPaused ? 'paused' : sync.status}`} role="status" data-status={sync.status}
        data-saving={sync.savingPaused ? 'paused' : undefined} title={sync.savingPaused ? PAUSED_TITLE : STATUS_TEXT[sync.status]}>
        {sync.savingPaused
          ? <><span aria-hidden="true">Paused</span><span className="sync-note">Saving paused — server can’t reach its database. Your edits are kept and will be saved when it is back.</span></>
          : <span className={sync.status === 'connected' ? 'sr-only' : undefined}>{STATUS_TEXT[sync.status]}</span>}
        {sync.unsynced && sync.status !== 'connected' ? ' · unsynced changes' : ''}
      </span>
    </header>
  );
}
