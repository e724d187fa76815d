import type { Action } from './action';
import { editActions } from './editActions';
import { viewActions } from '../view/viewActions';

/** Every registered action with its shortcut: what the keys run and what the help lists. */
export const allActions: readonly Action[] = [...editActions, ...viewActions];
