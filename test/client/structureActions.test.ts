import { afterEach, describe, expect, it } from 'vitest';
import { type TestEditor, createTestEditor } from '../helpers/testEditor';

let editor: TestEditor;
afterEach(() => editor?.destroy());

describe('structure edits from the keyboard (in-process editor)', () => {
  it('J joins two reasons and keeps the undercut of the merged one (it used to be deleted)', () => {
    editor = createTestEditor(['i1: a > t', 'i2: b > t', 'u1: u x i2']);
    editor.select('a', 'b').press('j');
    expect(editor.relations()).toEqual(['i1: a b > t', 'u1: u x i1']);
    expect(editor.lastNotice()).toBe('Joined as co-premises of one argument.');
  });

  it('one undo takes the whole join back', () => {
    editor = createTestEditor(['i1: a > t', 'i2: b > t', 'u1: u x i2', 'c1 @ i2']);
    editor.select('a', 'b').press('j').undo();
    expect(editor.relations()).toEqual(['c1 @ i2', 'i1: a > t', 'i2: b > t', 'u1: u x i2']);
  });

  it('J on a reason and an objection writes nothing and says why', () => {
    editor = createTestEditor(['i1: a > t', 'i2: b x t']);
    editor.select('a', 'b').press('j');
    expect(editor.relations()).toEqual(['i1: a > t', 'i2: b x t']);
    expect(editor.lastNotice()).toMatch(/all support \(or all attack\)/);
  });

  it('Shift+J on a premise splits its linked argument; the undercut stays on the first', () => {
    editor = createTestEditor(['i1: a b > t', 'u1: u x i1']);
    editor.select('b').press('shift+j');
    const after = editor.relations();
    expect(after).toContain('i1: a > t');
    expect(after).toContain('u1: u x i1');
    expect(after.some((r) => / b > t$/.test(r) && !r.startsWith('i1'))).toBe(true);
  });

  it('Shift+J on a junction (its canvas id) splits that argument', () => {
    editor = createTestEditor(['i1: a b > t']);
    editor.select('inference:i1').press('shift+j');
    expect(editor.map.inferences).toHaveLength(2);
  });

  it('U on a selected relation adds an undercutting statement, open for typing', () => {
    editor = createTestEditor(['i1: a > t']);
    editor.select('i1').press('u');
    const undercut = editor.map.inferences.find((i) => i.target === 'i1');
    expect(undercut?.polarity).toBe('attack');
    expect(editor.store.state.getState().editingId).toBe(undercut?.premises[0]);
  });

  it('Delete on a relation takes its undercuts along and says so', () => {
    editor = createTestEditor(['i1: a > t', 'u1: u x i1', 'w1: w x u1']);
    editor.select('i1').press('delete');
    expect(editor.relations()).toEqual([]);
    expect(editor.lastNotice()).toMatch(/2 relations that depended on it/);
    editor.undo();
    expect(editor.relations()).toEqual(['i1: a > t', 'u1: u x i1', 'w1: w x u1']);
  });

  it('Delete on a linked premise keeps the argument and its undercut', () => {
    editor = createTestEditor(['i1: a b > t', 'u1: u x i1']);
    editor.select('a').press('delete');
    expect(editor.relations()).toEqual(['i1: b > t', 'u1: u x i1']);
  });
});

describe('relate on drop (the canvas picker’s rule, in-process)', () => {
  it('a premise dropped on a joint with Join becomes a co-premise; undercuts stay', () => {
    editor = createTestEditor(['i1: a > t', 'u1: u x i1']);
    editor.drop({ premise: 'b', target: 'inference:i1' }, 'join');
    expect(editor.relations()).toEqual(['i1: a b > t', 'u1: u x i1']);
  });

  it('a premise dropped on a joint with Attack undercuts it', () => {
    editor = createTestEditor(['i1: a > t']);
    editor.drop({ premise: 'u', target: 'inference:i1' }, 'attack');
    expect(editor.relations()).toContainEqual(expect.stringMatching(/^i-\S+: u x i1$/));
  });

  it('a statement dropped on itself or a duplicate relation is refused with a message', () => {
    editor = createTestEditor(['i1: a > t']);
    editor.drop({ premise: 'a', target: 't' }, 'support');
    expect(editor.lastNotice()).toMatch(/already exists/);
    editor.drop({ premise: 't', target: 'i1' }, 'join');
    expect(editor.lastNotice()).toMatch(/itself/);
    expect(editor.relations()).toEqual(['i1: a > t']);
  });

  it('a drop on empty canvas adds a new statement related to the one dragged from', () => {
    editor = createTestEditor(['i1: a > t']);
    editor.drop({ premise: '', target: 't', newAt: { x: 10, y: 10 } }, 'attack');
    const added = editor.map.statements.find((s) => !['a', 'b', 'c', 's', 't', 'u', 'v', 'w'].includes(s.id));
    expect(editor.map.inferences.some((i) => i.premises[0] === added?.id && i.target === 't' && i.polarity === 'attack')).toBe(true);
  });

  it('relating to a statement another person just deleted writes nothing and says why', () => {
    editor = createTestEditor(['i1: a > t']);
    const other = editor.peer();
    other.select('t').press('delete');
    editor.drop({ premise: 'b', target: 't' }, 'support');
    expect(editor.lastNotice()).toMatch(/no longer exists/);
    expect(editor.map.inferences).toEqual([]);
  });
});

describe('roles (in-process)', () => {
  it('a view link writes nothing and is told why', () => {
    editor = createTestEditor(['i1: a > t', 'i2: b > t']);
    editor.store.state.setState({ role: 'view' });
    editor.select('a', 'b').press('j');
    expect(editor.relations()).toEqual(['i1: a > t', 'i2: b > t']);
    expect(editor.lastNotice()).toMatch(/view this map/);
  });
});
