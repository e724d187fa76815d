import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyOps, getDocParts, readMap, setRating } from '../../core/sync';
import { type TestEditor, createTestEditor } from '../helpers/testEditor';
import { iid, sid } from '../helpers/ids';

let editor: TestEditor;
afterEach(() => editor?.destroy());

describe('the incremental map store', () => {
  it('typing in one statement replaces only that statement; every other record keeps its identity', () => {
    editor = createTestEditor(['i1: a > t', 'i2: b > t', 'c1 @ t']);
    const before = editor.map;
    applyOps(editor.doc, [{ type: 'setStatementText', id: sid('a'), text: 'Typed' }]);
    const after = editor.map;
    expect(after).not.toBe(before);
    expect(after.statements.find((s) => s.id === 'a')?.text).toBe('Typed');
    after.statements.forEach((s, k) => s.id !== 'a' && expect(s).toBe(before.statements[k]));
    expect(after.inferences).toBe(before.inferences);
    expect(after.comments).toBe(before.comments);
    expect(after).toEqual(readMap(editor.doc).map);
  });

  it('a move or a re-kind patches the statement; the map equals a full read', () => {
    editor = createTestEditor(['i1: a > t']);
    applyOps(editor.doc, [{ type: 'moveStatements', positions: { t: { x: 5, y: 6 } }, pinned: true }, { type: 'updateStatement', id: sid('a'), patch: { kind: 'evidence' } }]);
    expect(editor.map.statements.find((s) => s.id === 't')).toMatchObject({ position: { x: 5, y: 6 }, pinned: true });
    expect(editor.map).toEqual(readMap(editor.doc).map);
  });

  it('a structural edit keeps unchanged records the same objects', () => {
    editor = createTestEditor(['i1: a > t', 'i2: b > t']);
    const before = editor.map;
    applyOps(editor.doc, [{ type: 'removeInference', id: iid('i2') }]);
    expect(editor.map.inferences).toEqual([before.inferences[0]]);
    expect(editor.map.inferences[0]).toBe(before.inferences[0]);
    expect(editor.map.statements).toBe(before.statements);
  });

  it('a remote statement field that is invalid is dropped with its relations, as a full read does', () => {
    editor = createTestEditor(['i1: a > t']);
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(editor.doc));
    getDocParts(other).statements.get('a')!.set('kind', 'bogus');
    Y.applyUpdate(editor.doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(editor.doc)));
    expect(editor.map.statements.some((s) => s.id === 'a')).toBe(false);
    expect(editor.map).toEqual(readMap(editor.doc).map);
    expect(editor.store.state.getState().problems).toBeGreaterThan(0);
  });

  it('a rating changes the workshop data only', () => {
    editor = createTestEditor(['i1: a > t']);
    const before = editor.map;
    setRating(editor.doc, { participant: 'p', target: 't', stance: 'agree', confidence: 3, at: '2026-01-01T00:00:00Z' });
    expect(editor.map.workshop?.ratings).toHaveLength(1);
    expect(editor.map.statements).toBe(before.statements);
    expect(editor.map).toEqual(readMap(editor.doc).map);
  });

  it('a transaction that changes nothing leaves the map object as it was', () => {
    editor = createTestEditor(['i1: a > t']);
    const before = editor.map;
    applyOps(editor.doc, [{ type: 'setStatementText', id: sid('a'), text: before.statements.find((s) => s.id === 'a')!.text }]);
    editor.doc.transact(() => {});
    expect(editor.map).toBe(before);
  });
});
