import { canEditMap } from '../../core/policy/roles';
import { useEditor } from '../EditorContext';

/**
 * On an empty map, one line says how to start. It lets every pointer event through, so the
 * double-click it suggests lands on the canvas beneath it.
 */
export function EmptyHint() {
  const editor = useEditor();
  const empty = editor.useState((s) => s.map.statements.length === 0);
  const canEdit = editor.useState((s) => canEditMap(s.role));
  if (!empty) return null;
  return (
    <p className="empty-hint" role="note">
      {canEdit
        ? <>Double-click anywhere or press <kbd>N</kbd> to write the first statement, or drop a map file here.</>
        : 'This map is empty so far: statements appear here as others add them.'}
    </p>
  );
}
