import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportArgdown } from '../../../core/formats/argdown';
import { type ArgumentMap, createEmptyMap, parseMap } from '../../../core/model';
import { applyOps, createDocFromMap, readMap } from '../../../core/sync';
import { readTwinText } from '../../../core/twin/textToOps';
import { runArgdown } from '../../fixtures/formats/argdownOracle';
import { testInference, testStatement } from '../../helpers/ids';

const load = (path: string) => parseMap(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'));
const rich = load('test/fixtures/formats/rich-map.json');
const seeded = load('maps/csto-kazakhstan-2022.json');

/** Applies what the pane would send for `text` to a Y.Doc holding `map`, and reads the map back. */
function typeInPane(map: ArgumentMap, edit: (text: string) => string): ArgumentMap {
  const doc = createDocFromMap(map);
  const base = readMap(doc).map;
  const r = readTwinText(base, edit(exportArgdown(base)));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  applyOps(doc, r.ops);
  return readMap(doc).map;
}
const statement = (m: ArgumentMap, id: string) => m.statements.find((s) => s.id === id)!;

describe('readTwinText: the pane’s text as edits with identity', () => {
  it.each([['rich fixture', rich], ['seeded map', seeded]])('%s: its own Argdown text changes nothing', (_, map) => {
    const r = readTwinText(map, exportArgdown(map));
    expect(r.ok && r.ops).toEqual([]);
  });

  it('text Argdown cannot hold exactly (line breaks, end spaces) is left alone when another line is edited', () => {
    const t = testStatement({ id: 't', text: 'We should plant more trees. ', kind: 'thesis' });
    const r1 = testStatement({ id: 'r1', text: 'Trees cool cities\nin summer.' });
    const o1 = testStatement({ id: 'o1', text: ' Trees cost money.' });
    const map: ArgumentMap = { ...createEmptyMap('Street trees\n'), statements: [t, r1, o1], inferences: [] };
    const text = exportArgdown(map);
    expect(readTwinText(map, text)).toMatchObject({ ok: true, ops: [] });
    const edited = text.replace('Trees cost money.', 'Trees cost money. Often.');
    // The oracle reads the edited line as we do.
    expect(runArgdown(edited).response.statements.o1.members.at(-1).text.trim()).toBe('Trees cost money. Often.');
    const r = readTwinText(map, edited);
    expect(r.ok && r.ops).toEqual([{ type: 'setStatementText', id: 'o1', text: 'Trees cost money. Often.' }]);
    // An edit to the multi-line statement's own line does write its new text.
    const r2 = readTwinText(map, text.replace('in summer.', 'in July.'));
    expect(r2.ok && r2.ops).toEqual([{ type: 'setStatementText', id: 'r1', text: 'Trees cool cities in July.' }]);
  });

  it('an argument’s tags typed in the pane change that relation’s tags, as @argdown/core reads them', () => {
    const map: ArgumentMap = {
      ...createEmptyMap('Trees'),
      statements: [testStatement({ id: 't', text: 'Plant trees.', kind: 'thesis' }), testStatement({ id: 'r', text: 'Trees cool.' })],
      inferences: [testInference({ id: 'cool', premises: ['r'], target: 't', polarity: 'support', tags: ['pro'] })],
    };
    const text = exportArgdown(map);
    expect(readTwinText(map, text)).toMatchObject({ ok: true, ops: [] });
    const edited = text.replace('<cool> #pro', '<cool> #pro #shade');
    expect(runArgdown(edited).response.arguments.cool.tags).toEqual(['pro', 'shade']);
    expect(typeInPane(map, () => edited).inferences[0].tags).toEqual(['pro', 'shade']);
    expect(typeInPane(map, (t) => t.replace('<cool> #pro', '<cool>')).inferences[0].tags).toBeUndefined();
  });

  it('a renamed statement keeps its id, anchors, comments, position and relations', () => {
    const before = createDocFromMap(rich);
    const base = readMap(before).map;
    const after = typeInPane(rich, (t) => t.replace('Trees lower summer street temperatures', 'Street trees lower summer temperatures'));
    const r1 = statement(after, 'r1');
    expect(r1.text).toBe('Street trees lower summer temperatures by 2–8 °C [source: survey].');
    expect(r1.anchors).toEqual(statement(base, 'r1').anchors);
    expect(r1.position).toEqual(statement(base, 'r1').position);
    expect(after.inferences).toEqual(base.inferences);
    expect(after.comments).toEqual(base.comments);
    expect(after.statements.map((s) => s.id)).toEqual(base.statements.map((s) => s.id));
  });

  it('typing a title into a new line renames that one statement instead of deleting and adding', () => {
    const step1 = typeInPane(rich, (t) => `${t}\n[new]: A new point\n`);
    expect(statement(step1, 'new').text).toBe('A new point');
    const doc = createDocFromMap(step1);
    const base = readMap(doc).map;
    const text = exportArgdown(base).replace('[new]: A new point', '[newer]: A new point');
    const r = readTwinText(base, text);
    expect(r.ok && r.ops).toEqual([]);
  });

  it('a relation line moved under another statement moves the relation (same inference id)', () => {
    const base = readMap(createDocFromMap(seeded)).map;
    const text = exportArgdown(base);
    const plain = base.inferences.find((i) => i.premises.length === 1 && !i.label && !i.scheme && base.statements.some((s) => s.id === i.target))!;
    const other = base.statements.find((s) => s.id !== plain.premises[0] && s.id !== plain.target)!;
    const relLine = `  ${plain.polarity === 'support' ? '+>' : '->'} [${plain.target}]`;
    const moved = `${text.replace(`\n${relLine}`, '')}\n[${other.id}]\n${relLine}\n`;
    const r = readTwinText(base, moved);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.ops).toEqual([{ type: 'updateInference', id: plain.id, patch: { premises: [other.id] } }]);
  });

  it('a new statement with a reason gets a position next to what it relates to', () => {
    const after = typeInPane(seeded, (t) => `${t}\n[fresh]: A fresh reason\n  +> [${seeded.statements[0].id}]\n`);
    expect(statement(after, 'fresh').position).toBeDefined();
    expect(after.inferences.some((i) => i.premises[0] === 'fresh' && i.target === seeded.statements[0].id && i.polarity === 'support')).toBe(true);
  });

  it('deleting a statement’s line removes it and its relations', () => {
    const after = typeInPane(rich, (t) => t.replace(/^\[q\]: .*$/m, '').replace('[q]\n  -> [o1]', ''));
    expect(after.statements.some((s) => s.id === 'q')).toBe(false);
    expect(after.inferences.some((i) => i.id === 'i11')).toBe(false);
  });

  it.each([
    ['an unclosed title', (t: string) => t.replace('[r1]: Trees', '[r1: Trees'), 'needs a colon'],
    ['an unclosed argument title', (t: string) => t.replace('<i1>', '<i1'), 'not closed'],
    ['a relation with nothing above it', (t: string) => `  +> [t]\n\n${t}`, 'not indented'],
    ['a broken premise–conclusion structure', (t: string) => t.replace('(1) [r1]', '[r1]'), 'premise'],
    ['bad data', (t: string) => t.replace('{kind: "thesis"', '{kind: "thesis'), 'cannot read the data'],
    ['everything deleted', () => '', 'no statements'],
  ])('%s: nothing is applied and the error names line and column', (_, edit, words) => {
    const text = edit(exportArgdown(rich));
    const r = readTwinText(rich, text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0].message).toContain(words);
    expect(r.errors[0].line).toBeGreaterThan(0);
    expect(r.errors[0].column).toBeGreaterThan(0);
  });

  it.each([
    ['a relation with nothing above it', '  +> [t]\n\n[t]: T\n'],
    ['an inference line without conclusion', '<a>\n\n(1) [p]: P\n----\n'],
  ])('%s: @argdown/core also reports an error on the same line', (_, text) => {
    const ours = readTwinText(rich, text);
    expect(ours.ok).toBe(false);
    const theirs = runArgdown(text);
    expect(theirs.errors.length).toBeGreaterThan(0);
    if (ours.ok) return;
    const lines = theirs.errors.map((e: { token?: { startLine?: number }; startLine?: number; line?: number }) => e.token?.startLine ?? e.startLine ?? e.line);
    expect(lines).toContain(ours.errors[0].line);
  });

  it('texts both parsers accept give no errors here either', () => {
    for (const text of ['[a]: A\n  +> [b]: B\n', '<x>: X\n\n(1) [p]: P\n----\n(2) [c]: C\n', '# Title\n\n[a]: A #tag {kind: "thesis"}\n']) {
      expect(runArgdown(text).errors).toEqual([]);
      expect(readTwinText(rich, text).ok).toBe(true);
    }
  });
});
