import { type Statement, createStatement } from '../../core/model';
import type { MapOp } from '../../core/ops';
import { CARD_WIDTH, layoutMap } from '../../core/layout';
import type { Action, ActionContext } from './action';
import { newId } from './ids';

const selectedStatements = (ctx: ActionContext) => {
  const { map, selected } = ctx.store.state.getState();
  return map.statements.filter((s) => selected.has(s.id));
};

/** Adds a statement at a point and opens it for typing. */
export function addStatementAt(
  ctx: ActionContext,
  position: { x: number; y: number },
  related: (id: string) => MapOp[] = () => [],
  fields: Partial<Statement> = {},
): string {
  const id = newId('s');
  const statement = createStatement({ id, position: { x: position.x - CARD_WIDTH / 2, y: position.y - 30 }, ...fields });
  ctx.store.dispatch([{ type: 'addStatement', statement }, ...related(id)]);
  ctx.store.state.setState({ selected: new Set([id]), editingId: id });
  return id;
}

/** Adds a new premise for the selected statement: a reason (support) or an objection (attack). */
function addPremise(ctx: ActionContext, polarity: 'support' | 'attack'): void {
  const [target] = selectedStatements(ctx);
  if (!target) return;
  const { map } = ctx.store.state.getState();
  const siblings = map.inferences.filter((i) => i.target === target.id).length;
  const base = target.position ?? ctx.viewCenter();
  const below = map.direction === 'TB'
    ? { x: base.x + CARD_WIDTH / 2 + (siblings - 0.5) * (CARD_WIDTH + 30), y: base.y + 170 }
    : { x: base.x + CARD_WIDTH + 120, y: base.y + 30 + siblings * 110 };
  addStatementAt(ctx, below, (id) => [{ type: 'addInference', inference: { id: newId('i'), premises: [id], target: target.id, polarity } }]);
}

export const editActions: readonly Action[] = [
  {
    name: 'addStatement',
    label: 'New statement',
    keys: ['n'],
    perform: (ctx) => void addStatementAt(ctx, ctx.viewCenter()),
  },
  {
    name: 'addReason',
    label: 'Add a reason for the selected statement',
    keys: ['r'],
    perform: (ctx) => addPremise(ctx, 'support'),
  },
  {
    name: 'addObjection',
    label: 'Add an objection to the selected statement',
    keys: ['o'],
    perform: (ctx) => addPremise(ctx, 'attack'),
  },
  {
    name: 'editText',
    label: 'Edit the selected statement’s text',
    keys: ['enter', 'f2'],
    perform: (ctx) => {
      const [s] = selectedStatements(ctx);
      if (s) ctx.store.state.setState({ editingId: s.id });
    },
  },
  {
    name: 'deleteSelection',
    label: 'Delete the selection',
    keys: ['delete', 'backspace'],
    perform: (ctx) => {
      const { map, selected } = ctx.store.state.getState();
      const ops: MapOp[] = [
        ...map.statements.filter((s) => selected.has(s.id)).map((s) => ({ type: 'removeStatement', id: s.id }) as const),
        ...map.inferences.filter((i) => selected.has(i.id) || selected.has(`inference:${i.id}`)).map((i) => ({ type: 'removeInference', id: i.id }) as const),
      ];
      ctx.store.dispatch(ops);
      ctx.store.state.setState({ selected: new Set() });
    },
  },
  {
    name: 'undo',
    label: 'Undo',
    keys: ['mod+z'],
    perform: (ctx) => void ctx.store.undoManager.undo(),
  },
  {
    name: 'redo',
    label: 'Redo',
    keys: ['shift+mod+z', 'mod+y'],
    perform: (ctx) => void ctx.store.undoManager.redo(),
  },
  {
    name: 'selectAll',
    label: 'Select all',
    keys: ['mod+a'],
    perform: (ctx) => ctx.store.state.setState((s) => ({ selected: new Set(s.map.statements.map((st) => st.id)) })),
  },
  {
    name: 'autoLayout',
    label: 'Auto layout',
    keys: ['shift+l'],
    perform: (ctx) => {
      const { map } = ctx.store.state.getState();
      const { boxes } = layoutMap(map);
      const positions = Object.fromEntries(map.statements.map((s) => [s.id, { x: boxes.get(s.id)!.x, y: boxes.get(s.id)!.y }]));
      ctx.store.dispatch([{ type: 'moveStatements', positions, pinned: false }]);
      setTimeout(ctx.fitView, 50);
    },
  },
  {
    name: 'toggleDirection',
    label: 'Switch layout direction (top-down / left-right)',
    perform: (ctx) => {
      const { map } = ctx.store.state.getState();
      const direction = map.direction === 'TB' ? 'LR' : 'TB';
      const { boxes } = layoutMap({ ...map, direction });
      const positions = Object.fromEntries(map.statements.map((s) => [s.id, { x: boxes.get(s.id)!.x, y: boxes.get(s.id)!.y }]));
      ctx.store.dispatch([{ type: 'setMeta', patch: { direction } }, { type: 'moveStatements', positions, pinned: false }]);
      setTimeout(ctx.fitView, 50);
    },
  },
  {
    name: 'fitView',
    label: 'Fit the map to the window',
    keys: ['shift+1'],
    perform: (ctx) => ctx.fitView(),
  },
  {
    name: 'help',
    label: 'Show keyboard shortcuts',
    keys: ['?', 'shift+?'],
    perform: (ctx) => ctx.openHelp(),
  },
];

export const getAction = (name: string): Action => editActions.find((a) => a.name === name)!;
