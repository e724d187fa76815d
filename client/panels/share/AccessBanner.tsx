import { useEditor } from '../../EditorContext';
import { useConnectionStatus } from '../../net/useConnectionStatus';

/** Says so when this page cannot change the map (a view-only or comment-only link). */
export function AccessBanner() {
  const editor = useEditor();
  const role = editor.useState((s) => s.role);
  const { refused } = useConnectionStatus(editor.connection);
  if (role === 'edit' && !refused) return null;
  const text = role === 'view'
    ? 'You can look at this map, follow others and export it, but not change it.'
    : role === 'comment'
      ? 'You can read this map and add comments; the map itself is read-only for you.'
      : refused;
  return (
    <div className={`access-banner role-${role}`} role="status">
      <strong>{role === 'view' ? 'View only' : role === 'comment' ? 'Comment only' : 'Changes not saved'}</strong>
      <span>{text}</span>
      {refused && role !== 'edit' && <span className="muted">The server refused a change: {refused}</span>}
    </div>
  );
}
