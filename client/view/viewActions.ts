import type { Action } from '../actions/action';
import {
  changeFocusDepth, leaveView, openSearch, showAll, stepSearch, toggleCollapse, toggleFocus,
} from './viewCommands';

/** The view's registered actions: collapse, focus, search. Filters live in the view bar. */
export const viewActions: readonly Action[] = [
  {
    name: 'toggleCollapse',
    label: 'Collapse or expand the branch under the selected statement',
    keys: ['c'],
    perform: toggleCollapse,
  },
  {
    name: 'toggleFocus',
    label: 'Focus on the selection’s neighbourhood, or leave focus',
    keys: ['f'],
    perform: toggleFocus,
  },
  {
    name: 'focusWider',
    label: 'Focus: one step more around the selection',
    perform: (ctx) => changeFocusDepth(ctx, 1),
  },
  {
    name: 'focusNarrower',
    label: 'Focus: one step less around the selection',
    perform: (ctx) => changeFocusDepth(ctx, -1),
  },
  {
    name: 'find',
    label: 'Find statements by text or tag',
    keys: ['mod+f'],
    perform: (ctx) => openSearch(ctx.store),
  },
  {
    name: 'findNext',
    label: 'Next search match',
    keys: ['f3'],
    perform: (ctx) => stepSearch(ctx.store, 1),
  },
  {
    name: 'findPrevious',
    label: 'Previous search match',
    keys: ['shift+f3'],
    perform: (ctx) => stepSearch(ctx.store, -1),
  },
  {
    name: 'leaveView',
    label: 'Close the search, or leave focus',
    keys: ['escape'],
    perform: (ctx) => leaveView(ctx.store),
  },
  {
    name: 'showAll',
    label: 'Show every statement (leave focus, clear filters, expand collapsed branches)',
    perform: (ctx) => showAll(ctx.store),
  },
];

export const getViewAction = (name: string): Action => viewActions.find((a) => a.name === name)!;
