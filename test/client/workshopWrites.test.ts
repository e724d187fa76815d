import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getRatingKey, getWorkshopParts } from '../../core/sync';
import { clearMyRating, rateStatement } from '../../client/workshop/ratingActions';
import { deleteScenario, deleteWalkthrough, openRound, saveScenario, storeAutoWalkthrough } from '../../client/workshop/roundActions';
import { getParticipantId } from '../../client/workshop/participant';
import { type TestEditor, createTestEditor } from '../helpers/testEditor';

// The participant key lives in the browser's localStorage; Node has none, so the test gives it one.
beforeAll(() => {
  const items = new Map<string, string>();
  globalThis.localStorage ??= { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) } as Storage;
});

let editors: TestEditor[] = [];
afterEach(() => {
  editors.forEach((e) => e.destroy());
  editors = [];
});
const open = (role: 'edit' | 'comment' | 'view' = 'edit') => {
  const editor = createTestEditor(['i1: a > t']);
  editor.store.state.setState({ role });
  editors.push(editor);
  return editor;
};

describe('workshop writes go through the store as workshop ops', () => {
  it('a rating, a round, a scenario and the walkthrough land in the document, and none of them is an undo step', () => {
    const editor = open();
    openRound(editor.store, 'First');
    rateStatement(editor.store, 't', { stance: 'agree' });
    expect(saveScenario(editor.store, { name: 'If a holds', accept: ['a'], reject: [] })).toBeUndefined();
    expect(storeAutoWalkthrough(editor.store)).toBeGreaterThan(0);
    const { workshop } = editor.store.state.getState().map;
    expect(workshop?.rounds.map((r) => r.name)).toEqual(['First']);
    expect(workshop?.ratings.map((r) => [r.participant, r.target, r.stance, r.round])).toEqual([[getParticipantId(), 't', 'agree', workshop?.rounds[0].id]]);
    expect(workshop?.scenarios.map((s) => s.accept)).toEqual([['a']]);
    expect(workshop?.walkthrough?.steps.length).toBeGreaterThan(0);
    expect(editor.store.undoManager.undoStack).toHaveLength(0);
    deleteScenario(editor.store, workshop!.scenarios[0].id);
    deleteWalkthrough(editor.store);
    clearMyRating(editor.store, 't');
    const after = editor.store.state.getState().map.workshop;
    expect([after?.scenarios.length ?? 0, after?.walkthrough, after?.ratings.length ?? 0]).toEqual([0, undefined, 0]);
  });

  it('a comment link rates as itself, and its facilitator writes are refused with a message and write nothing', () => {
    const editor = open('comment');
    rateStatement(editor.store, 't', { stance: 'disagree' });
    expect(getWorkshopParts(editor.doc).ratings.has(getRatingKey(getParticipantId(), 't'))).toBe(true);
    const before = getWorkshopParts(editor.doc).workshop.size;
    openRound(editor.store, 'Sneaky');
    expect(saveScenario(editor.store, { name: 'S', accept: ['a'], reject: [] })).toMatch(/edit link/);
    expect(getWorkshopParts(editor.doc).workshop.size).toBe(before);
    expect(editor.store.state.getState().refused?.message).toBe('Only someone with an edit link can run rounds, scenarios and the walkthrough.');
  });

  it('a rating of something the map does not have is refused where it is made', () => {
    const editor = open();
    expect(editor.store.dispatchWorkshop([{ type: 'setRating', rating: { participant: getParticipantId(), target: 'ghost', stance: 'agree', confidence: 3, at: new Date().toISOString() } }])).toMatch(/^Not saved: rating/);
    expect(getWorkshopParts(editor.doc).ratings.size).toBe(0);
  });
});
