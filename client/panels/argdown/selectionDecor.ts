/**
 * Canvas ↔ text selection in the pane: lines that define a selected statement or inference get a
 * highlight; a gutter marker on each defining line, and Ctrl/Cmd+click on any line that names an
 * item, select that item on the canvas.
 */
import { type Extension, RangeSetBuilder, StateEffect, StateField } from '@codemirror/state';
import { Decoration, type DecorationSet, EditorView, GutterMarker, gutter } from '@codemirror/view';
import { definesItem, getLineItem, type LineItem, selectionId } from './lineIds';

export const setSelected = StateEffect.define<ReadonlySet<string>>();

const selectedField = StateField.define<ReadonlySet<string>>({
  create: () => new Set(),
  update: (value, tr) => tr.effects.reduce((v, e) => (e.is(setSelected) ? e.value : v), value),
});

const highlight = Decoration.line({ class: 'cm-selected-item' });

const decorations = EditorView.decorations.compute(['doc', selectedField], (state) => {
  const selected = state.field(selectedField);
  const builder = new RangeSetBuilder<Decoration>();
  if (selected.size === 0) return Decoration.none;
  for (let n = 1; n <= state.doc.lines; n++) {
    const line = state.doc.line(n);
    const item = definesItem(line.text) ? getLineItem(line.text) : undefined;
    if (item && selected.has(selectionId(item))) builder.add(line.from, line.from, highlight);
  }
  return builder.finish() as DecorationSet;
});

class ItemMarker extends GutterMarker {
  constructor(readonly item: LineItem) {
    super();
  }
  override eq(other: ItemMarker) {
    return other.item.id === this.item.id && other.item.kind === this.item.kind;
  }
  override toDOM() {
    const el = document.createElement('span');
    el.className = `cm-item-marker cm-item-${this.item.kind}`;
    el.textContent = this.item.kind === 'statement' ? '●' : '◆';
    el.title = `Select ${this.item.id} on the canvas`;
    el.dataset.item = this.item.id;
    return el;
  }
}

export function selectionSupport(select: (item: LineItem) => void): Extension {
  const itemAtLine = (view: EditorView, pos: number) => getLineItem(view.state.doc.lineAt(pos).text);
  return [
    selectedField,
    decorations,
    gutter({
      class: 'cm-item-gutter',
      lineMarker: (view, line) => {
        const text = view.state.doc.sliceString(line.from, line.to);
        const item = definesItem(text) ? getLineItem(text) : undefined;
        return item ? new ItemMarker(item) : null;
      },
      lineMarkerChange: (update) => update.docChanged,
      domEventHandlers: {
        mousedown(view, line) {
          const item = itemAtLine(view, line.from);
          if (item) select(item);
          return !!item;
        },
      },
    }),
    EditorView.domEventHandlers({
      mousedown(event, view) {
        if (!(event.ctrlKey || event.metaKey)) return false;
        const pos = view.posAtCoords({ x: event.clientX, y: event.clientY });
        const item = pos === null ? undefined : itemAtLine(view, pos);
        if (!item) return false;
        select(item);
        event.preventDefault();
        return true;
      },
    }),
  ];
}
