import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Acceptance, Labelling, Semantics } from '../../core/semantics';
import type { MapStore } from '../store/mapStore';

/** How the canvas colours statements by the room's ratings. */
export type RatingsView = 'off' | 'consensus' | 'controversy';

/** Which ratings the results count: 'auto' is the open round if there is one, else everyone's latest. */
export type ScopeChoice = 'auto' | 'latest' | 'free' | `round:${string}`;

export interface EvaluationResult {
  readonly labellings: readonly Labelling[];
  /** Why the chosen semantics gave nothing (too many outcomes); the grounded labelling is shown instead. */
  readonly error?: string;
  /** The semantics the labellings are for. */
  readonly semantics: Semantics;
  /** With `error`: per statement, IN in every / some / no outcome of the semantics asked for. */
  readonly acceptance?: readonly (readonly [string, Acceptance])[];
}

/**
 * This tab's workshop state: never in the document. Evaluation settings and the what-if
 * choices are each participant's own; so is where they are in a walkthrough they present.
 */
export interface WorkshopUi {
  readonly evaluationOn: boolean;
  readonly semantics: Semantics;
  /** Which preferred / stable outcome is shown (0-based). */
  readonly extension: number;
  readonly dimOut: boolean;
  readonly accept: readonly string[];
  readonly reject: readonly string[];
  readonly result: EvaluationResult | null;
  /** The statement whose explanation popover is open, if any. */
  readonly explainId: string | null;
  readonly ratingsView: RatingsView;
  readonly scope: ScopeChoice;
  /** Show who rated what (off: counts only). */
  readonly showNames: boolean;
  /** This participant is presenting the walkthrough, at this step. */
  readonly presenting: boolean;
  readonly step: number;
  /** The step of the presenter this tab follows, as they publish it in awareness. */
  readonly followed: {
    readonly step: number;
    readonly total: number;
    readonly statement: string;
    readonly name: string;
    /** The presenter's collapsed statements: while following, this tab shows their view. */
    readonly collapsed: readonly string[];
  } | null;
}

const EVALUATION_KEY = 'warrant:evaluation';

const stores = new WeakMap<MapStore, StoreApi<WorkshopUi>>();

/** One workshop UI store per open map, shared by the panels, the canvas layers and the overlays. */
export function getWorkshopUi(store: MapStore): StoreApi<WorkshopUi> {
  let ui = stores.get(store);
  if (!ui) {
    ui = createStore<WorkshopUi>(() => ({
      evaluationOn: localStorage.getItem(EVALUATION_KEY) === 'on',
      semantics: 'grounded',
      extension: 0,
      dimOut: false,
      accept: [],
      reject: [],
      result: null,
      explainId: null,
      ratingsView: 'off',
      scope: 'auto',
      showNames: false,
      presenting: false,
      step: 0,
      followed: null,
    }));
    // The evaluation toggle is remembered per browser: a facilitator who uses it wants it back.
    ui.subscribe((s, prev) => s.evaluationOn !== prev.evaluationOn && localStorage.setItem(EVALUATION_KEY, s.evaluationOn ? 'on' : 'off'));
    stores.set(store, ui);
  }
  return ui;
}

/** Sets what-if choices: each id at most once, and never both accepted and rejected. */
export function setWhatIf(ui: StoreApi<WorkshopUi>, id: string, choice: 'accept' | 'reject' | null): void {
  ui.setState((s) => ({
    accept: choice === 'accept' ? [...s.accept.filter((x) => x !== id), id] : s.accept.filter((x) => x !== id),
    reject: choice === 'reject' ? [...s.reject.filter((x) => x !== id), id] : s.reject.filter((x) => x !== id),
  }));
}
