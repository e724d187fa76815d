import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getRatingKey, getWorkshopParts } from '../../core/sync';
import { workshopActions } from '../../client/actions/workshopActions';
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

describe('workshop writes are registered actions that make workshop ops', () => {
  it('a rating, a round, a scenario and the walkthrough land in the document, and none of them is an undo step', () => {
    const editor = open();
    expect(editor.performWorkshop('openRound', { name: 'First' })).toBeUndefined();
    expect(editor.performWorkshop('rateStatement', { target: 't', stance: 'agree' })).toBeUndefined();
    expect(editor.performWorkshop('saveScenario', { name: 'If a holds', accept: ['a'], reject: [] })).toBeUndefined();
    expect(editor.performWorkshop('useAutoWalkthrough', {})).toBeUndefined();
    const { workshop } = editor.store.state.getState().map;
    expect(workshop?.rounds.map((r) => r.name)).toEqual(['First']);
    expect(workshop?.ratings.map((r) => [r.participant, r.target, r.stance, r.round])).toEqual([[getParticipantId(), 't', 'agree', workshop?.rounds[0].id]]);
    expect(workshop?.scenarios.map((s) => s.accept)).toEqual([['a']]);
    expect(workshop?.walkthrough?.steps.length).toBeGreaterThan(0);
    expect(editor.store.undoManager.undoStack).toHaveLength(0);
    editor.performWorkshop('deleteScenario', { id: workshop!.scenarios[0].id });
    editor.performWorkshop('deleteWalkthrough', {});
    editor.performWorkshop('clearMyRating', { target: 't' });
    const after = editor.store.state.getState().map.workshop;
    expect([after?.scenarios.length ?? 0, after?.walkthrough, after?.ratings.length ?? 0]).toEqual([0, undefined, 0]);
  });

  it('a comment link rates as itself, and its facilitator writes are refused with a message and write nothing', () => {
    const editor = open('comment');
    expect(editor.performWorkshop('rateStatement', { target: 't', stance: 'disagree' })).toBeUndefined();
    expect(getWorkshopParts(editor.doc).ratings.has(getRatingKey(getParticipantId(), 't'))).toBe(true);
    const before = getWorkshopParts(editor.doc).workshop.size;
    expect(editor.performWorkshop('openRound', { name: 'Sneaky' })).toMatch(/edit link/);
    expect(editor.performWorkshop('saveScenario', { name: 'S', accept: ['a'], reject: [] })).toMatch(/edit link/);
    expect(getWorkshopParts(editor.doc).workshop.size).toBe(before);
    expect(editor.store.state.getState().refused?.message).toBe('Only someone with an edit link can run rounds, scenarios and the walkthrough.');
  });

  it('a view link rates nothing, and says why', () => {
    const editor = open('view');
    expect(editor.performWorkshop('rateStatement', { target: 't', stance: 'agree' })).toBe('Only someone with an edit or comment link can rate.');
    expect(editor.performWorkshop('rateInference', { target: 'i1', strength: 'weak' })).toBe('Only someone with an edit or comment link can rate.');
    expect(getWorkshopParts(editor.doc).ratings.size).toBe(0);
  });

  it('a rating keeps its stance when only the confidence changes, and closing a round needs an open one', () => {
    const editor = open();
    expect(editor.performWorkshop('rateStatement', { target: 't', confidence: 5 })).toBe('Choose agree or disagree first.');
    editor.performWorkshop('rateStatement', { target: 't', stance: 'agree' });
    editor.performWorkshop('rateStatement', { target: 't', confidence: 5 });
    expect(editor.map.workshop?.ratings.map((r) => [r.stance, r.confidence])).toEqual([['agree', 5]]);
    expect(editor.performWorkshop('closeRound', {})).toBe('No round is open.');
    editor.performWorkshop('openRound', { name: 'R' });
    expect(editor.performWorkshop('closeRound', {})).toBeUndefined();
    expect(editor.map.workshop?.rounds[0].closedAt).toBeDefined();
    expect(editor.store.undoManager.undoStack).toHaveLength(0);
  });

  it('every workshop action is registered under its own name', () => {
    expect(Object.entries(workshopActions).filter(([key, a]) => a.name !== key)).toEqual([]);
  });

  it('a rating of something the map does not have is refused where it is made', () => {
    const editor = open();
    expect(editor.store.dispatchWorkshop([{ type: 'setRating', rating: { participant: getParticipantId(), target: 'ghost', stance: 'agree', confidence: 3, at: new Date().toISOString() } }])).toMatch(/^Not saved: rating/);
    expect(getWorkshopParts(editor.doc).ratings.size).toBe(0);
  });
});
