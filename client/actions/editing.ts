import type { StatementId } from '../../core/model';
import type { MapOp } from '../../core/ops';
import { EDIT_AT_END, type EditStart, type MapStore } from '../store/mapStore';

/** Opens a statement's text box, with the caret at `caret` (default: the end of the text). */
export function openEditor(store: MapStore, id: StatementId, start: Partial<EditStart> = {}): void {
  store.state.setState({ editingId: id, editStart: { ...EDIT_AT_END, ...start } });
}

/** Closes the text box (what was typed is already in the document). */
export function closeEditor(store: MapStore): void {
  if (store.state.getState().editingId !== null) store.state.setState({ editingId: null, editStart: EDIT_AT_END });
}

/**
 * Applies `ops` (which add statement `id`) and opens it for typing. Creating and typing are
 * one undo step; the depth before it is remembered, so Escape (or committing the card empty)
 * leaves no empty statement behind. Returns why the edit was refused, if it was.
 */
export function createAndEdit(store: MapStore, id: StatementId, ops: readonly MapOp[]): string | undefined {
  const createdAtDepth = store.undoManager.undoStack.length;
  const refused = store.dispatch(ops, { continues: true });
  if (refused) return refused;
  store.state.setState({ selected: new Set([id]), editingId: id, editStart: { caret: 'end', createdAtDepth } });
  return undefined;
}

/** The character offset in a card's text under a screen point (for a double-click), or 'end'. */
export function getCaretOffsetAt(textEl: Element | null, x: number, y: number): number | 'end' {
  if (!textEl) return 'end';
  const range = document.caretRangeFromPoint?.(x, y);
  if (!range || !textEl.contains(range.startContainer)) return 'end';
  const before = document.createRange();
  before.selectNodeContents(textEl);
  before.setEnd(range.startContainer, range.startOffset);
  return before.toString().length;
}
