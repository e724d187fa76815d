import { withoutHidden } from '../../core/model/visiblePart';
import { type Inference, type Statement, type StatementId, createStatement } from '../../core/model';
import { type MapOp, deleteItems, joinPremises, splitInference } from '../../core/ops';
import { layoutAsync } from '../layout/layoutAsync';
import { undoTopStep } from '../../core/sync';
import type { Action, ActionContext } from './action';
import { newInferenceId, newStatementId } from './ids';
import { getFreePosition, placeBesideRelatives } from './placement';
import { createAndEdit, openEditor } from './editing';
import { getNeighbour, stepForKey } from './navigate';
import { getSelectedInference, performStructure } from './structure';

const selectedStatements = (ctx: ActionContext) => {
  const { map, selected } = ctx.store.state.getState();
  return map.statements.filter((s) => selected.has(s.id));
};

/** Adds a statement centred on a point, or in the nearest free space when a card is there, and opens it for typing. */
export function addStatementAt(
  ctx: ActionContext,
  centre: { x: number; y: number },
  related: (id: StatementId) => MapOp[] = () => [],
  fields: Partial<Statement> = {},
): string {
  const id = newStatementId();
  const { map } = ctx.store.state.getState();
  const position = getFreePosition(map, centre, fields.text, ctx.sizeOf);
  const statement = createStatement({ id, position, ...fields });
  const refused = createAndEdit(ctx.store, id, [{ type: 'addStatement', statement }, ...related(id)]);
  if (refused) {
    ctx.notify(refused);
    return '';
  }
  return id;
}

/**
 * Adds a statement related to existing ones, placed next to them by incremental placement
 * (nothing already on the canvas moves), selected and open for typing.
 */
export function addRelatedStatement(ctx: ActionContext, relate: (id: StatementId) => Inference): string {
  const { map } = ctx.store.state.getState();
  const id = newStatementId();
  const inference = relate(id);
  const draft = createStatement({ id });
  const next = { ...map, statements: [...map.statements, draft], inferences: [...map.inferences, inference] };
  const position = placeBesideRelatives(map, next, id, ctx.viewCenter, ctx.sizeOf);
  const refused = createAndEdit(ctx.store, id, [{ type: 'addStatement', statement: { ...draft, position } }, { type: 'addInference', inference }]);
  if (refused) {
    ctx.notify(refused);
    return '';
  }
  ctx.store.centerOn(id);
  return id;
}

/** Adds a new premise for the selected statement: a reason (support) or an objection (attack). */
function addPremise(ctx: ActionContext, polarity: 'support' | 'attack'): void {
  const [target] = selectedStatements(ctx);
  if (!target) return ctx.notify(`Select a statement first, then add ${polarity === 'support' ? 'a reason for' : 'an objection to'} it.`);
  addRelatedStatement(ctx, (id) => ({ id: newInferenceId(), premises: [id], target: target.id, polarity }));
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
      if (s) openEditor(ctx.store, s.id);
    },
  },
  ...(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'] as const).map((key): Action => ({
    name: `select${key.slice(5)}`,
    label: {
      ArrowUp: 'Select the conclusion (top-down; left in left-right maps)',
      ArrowDown: 'Select the first premise',
      ArrowLeft: 'Select the previous sibling premise',
      ArrowRight: 'Select the next sibling premise',
    }[key],
    keys: [key.toLowerCase()],
    perform: (ctx) => {
      const { map: full, selected, hidden } = ctx.store.state.getState();
      // Move only among statements this view shows.
      const map = withoutHidden(full, hidden);
      const [from] = [...selected].filter((id) => map.statements.some((s) => s.id === id));
      if (!from) {
        const first = map.statements.find((s) => s.kind === 'thesis') ?? map.statements[0];
        if (first) ctx.store.select([first.id], { center: true });
        return;
      }
      const step = stepForKey(key, map.direction)!;
      const to = getNeighbour(map, from, step);
      if (to) ctx.store.select([to], { center: true });
    },
  })),
  {
    name: 'joinPremises',
    label: 'Join the selected statements as linked co-premises',
    keys: ['j'],
    perform: (ctx) => {
      const { map, selected } = ctx.store.state.getState();
      const statements = selectedStatements(ctx).map((s) => s.id);
      performStructure(ctx, joinPremises(map, statements.length ? statements : [...selected]), 'Joined as co-premises of one argument.');
    },
  },
  {
    name: 'splitPremises',
    label: 'Split a linked argument into separate reasons',
    keys: ['shift+j'],
    perform: (ctx) => {
      const { map, selected } = ctx.store.state.getState();
      const inf = getSelectedInference(map, selected);
      performStructure(ctx, splitInference(map, inf?.id ?? '', newInferenceId));
    },
  },
  {
    name: 'addUndercut',
    label: 'Undercut: object to the inference (not the statement)',
    keys: ['u'],
    perform: (ctx) => {
      const { map, selected } = ctx.store.state.getState();
      const inf = getSelectedInference(map, selected);
      if (!inf) return ctx.notify('Select a relation (click its line) or a premise with one relation to undercut it.');
      addRelatedStatement(ctx, (id) => ({ id: newInferenceId(), premises: [id], target: inf.id, polarity: 'attack' }));
    },
  },
  {
    name: 'deleteSelection',
    label: 'Delete the selection',
    keys: ['delete', 'backspace'],
    perform: (ctx) => {
      const { map, selected } = ctx.store.state.getState();
      const deletion = deleteItems(map, selected);
      if (deletion.ops.length === 0) return;
      const refused = ctx.store.dispatch(deletion.ops);
      if (refused) return ctx.notify(refused);
      ctx.store.state.setState({ selected: new Set() });
      const n = deletion.cascaded.length;
      // Say what went along, so a cascade is never a surprise (Undo brings it all back).
      if (n > 0) ctx.notify(`Deleted, with ${n} ${n === 1 ? 'relation' : 'relations'} that depended on it. Undo brings it back.`);
    },
  },
  {
    name: 'undo',
    label: 'Undo',
    keys: ['mod+z'],
    perform: (ctx) => void undoTopStep(ctx.store.undoManager),
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
      void layoutAsync(map).then((positions) => {
        ctx.store.dispatch([{ type: 'moveStatements', positions, pinned: false }]);
        setTimeout(ctx.fitView, 50);
      });
    },
  },
  {
    name: 'toggleDirection',
    label: 'Switch layout direction (top-down / left-right)',
    perform: (ctx) => {
      const { map } = ctx.store.state.getState();
      const direction = map.direction === 'TB' ? 'LR' : 'TB';
      void layoutAsync(map, direction).then((positions) => {
        ctx.store.dispatch([{ type: 'setMeta', patch: { direction } }, { type: 'moveStatements', positions, pinned: false }]);
        setTimeout(ctx.fitView, 50);
      });
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
