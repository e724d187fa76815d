import { canRate as canRoleRate } from '../../core/policy/roles';
import { type Rating, type Stance, type Strength, type WalkthroughStep, closeRound, createAutoWalkthrough, createRound, createScenario, getOpenRound } from '../../core/workshop';
import type { MapStore } from '../store/mapStore';
import { getParticipantId, getParticipantName } from '../workshop/participant';
import { newId } from './ids';

/**
 * Workshop writes as registered actions (ratings, rounds, the walkthrough, what-if scenarios):
 * panels, the presenter's card and tests run them by name with what the person chose, and each
 * makes workshop ops for `store.dispatchWorkshop`, which refuses what the link may not write
 * (core/policy) with a message. They are workshop data, not map edits: nobody's Ctrl+Z undoes
 * them. A rating goes into the open round (or outside rounds when none is open) and replaces
 * the participant's own earlier rating of the same target in that round.
 *
 *   performWorkshop(store, 'rateStatement', { target: 't', stance: 'agree' });
 */
export interface WorkshopAction<A> {
  readonly name: string;
  readonly label: string;
  /** Writes; returns why nothing was written (refused, or nothing to do), or undefined. */
  readonly perform: (store: MapStore, args: A) => string | undefined;
}

const action = <A>(name: string, label: string, perform: (store: MapStore, args: A) => string | undefined): WorkshopAction<A> => ({ name, label, perform });

/** Edit and comment links may rate (core/policy/roles); the server drops ratings from a view link. */
export const canRate = (store: MapStore): boolean => canRoleRate(store.state.getState().role);

/** This participant's rating of a target where new ratings go now, if any. */
export function getMyRating(store: MapStore, target: string): Rating | undefined {
  const { workshop } = store.state.getState().map;
  const round = getOpenRound(workshop)?.id;
  const me = getParticipantId();
  return workshop?.ratings.find((r) => r.participant === me && r.target === target && r.round === round);
}

const NO_RATING = 'Only someone with an edit or comment link can rate.';

function writeRating(store: MapStore, target: string, fields: Pick<Rating, 'stance' | 'confidence' | 'strength'>): string | undefined {
  if (!canRate(store)) return NO_RATING;
  const round = getOpenRound(store.state.getState().map.workshop)?.id;
  const rating = { participant: getParticipantId(), name: getParticipantName(), target, ...(round && { round }), ...fields, at: new Date().toISOString() };
  return store.dispatchWorkshop([{ type: 'setRating', rating }]);
}

const saveWalkthrough = (store: MapStore, steps: readonly WalkthroughStep[]) =>
  store.dispatchWorkshop([{ type: 'setWalkthrough', walkthrough: { steps, author: getParticipantName(), updatedAt: new Date().toISOString() } }]);

export const workshopActions = {
  /** Sets the stance and/or confidence of this participant's rating of a statement (confidence defaults to 3). */
  rateStatement: action<{ target: string; stance?: Stance; confidence?: number }>('rateStatement', 'Rate a statement', (store, { target, stance, confidence }) => {
    const mine = getMyRating(store, target);
    const chosen = stance ?? mine?.stance;
    if (!chosen) return 'Choose agree or disagree first.';
    return writeRating(store, target, { stance: chosen, confidence: confidence ?? mine?.confidence ?? 3 });
  }),
  rateInference: action<{ target: string; strength: Strength }>('rateInference', 'Rate a step', (store, { target, strength }) => writeRating(store, target, { strength })),
  clearMyRating: action<{ target: string }>('clearMyRating', 'Remove my rating', (store, { target }) => {
    if (!canRate(store)) return NO_RATING;
    const round = getOpenRound(store.state.getState().map.workshop)?.id;
    return store.dispatchWorkshop([{ type: 'removeRating', participant: getParticipantId(), target, ...(round && { round }) }]);
  }),
  /** Opens a rating round: ratings given from now on count in it. */
  openRound: action<{ name: string }>('openRound', 'Open a round', (store, { name }) => store.dispatchWorkshop([{ type: 'putRound', round: createRound(newId('round'), name) }])),
  /** Closes the open round (client/workshop/roundActions.ts then saves its version). */
  closeRound: action<Record<string, never>>('closeRound', 'Close the round', (store) => {
    const round = getOpenRound(store.state.getState().map.workshop);
    return round ? store.dispatchWorkshop([{ type: 'putRound', round: closeRound(round) }]) : 'No round is open.';
  }),
  /** Stores a walkthrough (replacing the one there was). */
  saveWalkthrough: action<{ steps: readonly WalkthroughStep[] }>('saveWalkthrough', 'Save the walkthrough', (store, { steps }) => saveWalkthrough(store, steps)),
  /** Stores the walkthrough derived from the map's structure. */
  useAutoWalkthrough: action<Record<string, never>>('useAutoWalkthrough', 'Use the automatic walkthrough', (store) => saveWalkthrough(store, createAutoWalkthrough(store.state.getState().map))),
  deleteWalkthrough: action<Record<string, never>>('deleteWalkthrough', 'Delete the walkthrough', (store) => store.dispatchWorkshop([{ type: 'setWalkthrough', walkthrough: undefined }])),
  /** Saves a what-if scenario: which statements and inferences to take as accepted or rejected. */
  saveScenario: action<{ name: string; accept: readonly string[]; reject: readonly string[] }>('saveScenario', 'Save the scenario', (store, fields) =>
    store.dispatchWorkshop([{ type: 'putScenario', scenario: createScenario({ id: newId('sc'), ...fields, author: getParticipantName() }) }])),
  deleteScenario: action<{ id: string }>('deleteScenario', 'Delete the scenario', (store, { id }) => store.dispatchWorkshop([{ type: 'removeScenario', id }])),
} as const;

export type WorkshopActionName = keyof typeof workshopActions;
type ArgsOf<K extends WorkshopActionName> = (typeof workshopActions)[K] extends WorkshopAction<infer A> ? A : never;

/** Runs a workshop action by name; returns why nothing was written, or undefined. */
export function performWorkshop<K extends WorkshopActionName>(store: MapStore, name: K, args: ArgsOf<K>): string | undefined {
  return (workshopActions[name] as WorkshopAction<ArgsOf<K>>).perform(store, args);
}
