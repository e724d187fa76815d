/**
 * Warrant → Argdown → Warrant keeps the whole map: what Argdown has syntax for is written as
 * Argdown, the rest rides in `{warrant: …}` data (core/formats/argdown/carry.ts). Oracles: the
 * map itself (deep-equal after the round trip) and @argdown/core, which must read every export
 * without an error and see the same argument graph.
 * Documented exception: the order of statements and inferences in the lists (sections and
 * relation blocks reorder them; ids are the keys), so maps are compared sorted by id.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { argdownExport, argdownImport, exportArgdown } from '../../../core/formats/argdown';
import { type ArgumentMap, type Inference, type Statement, STATEMENT_KINDS, createEmptyMap, parseMap, validateMap } from '../../../core/model';
import { argdownSignature, runArgdown } from '../../fixtures/formats/argdownOracle';
import { signature } from '../../fixtures/formats/signature';
import { asCommentId, asInferenceId } from '../../../core/model/ids';
import { sortedMap } from '../../helpers/randomMap';
import { type Rng, createRng } from '../../helpers/rng';
import { sid, srcid, testStatement } from '../../helpers/ids';

const exportText = (map: ArgumentMap) => argdownExport.export(map) as string;
const seeded = new URL('../../../maps/csto-kazakhstan-2022.json', import.meta.url);

const WORDS = ['trees', 'cool', 'cities', '[cost]', '#money', '*shade*', 'roots // water', '{birds}', 'a = b', '===', 'ünï', '-> <_', '(1)', 'x,y'];
const text = (rng: Rng, max = 6) => {
  const words = Array.from({ length: 1 + rng.int(max) }, () => rng.pick(WORDS));
  // Line breaks, spaces at the ends and doubled spaces: Argdown cannot hold them, the data can.
  const join = rng.chance(0.2) ? '\n' : rng.chance(0.1) ? '  ' : ' ';
  return (rng.chance(0.1) ? ' ' : '') + words.join(join);
};
const TAGS = ['policy', 'two words', 'a(b)', '# Part one', '## Costs', '### Deep', '# Other', 'x\ny', ' pad '];

/** A valid random map with everything Warrant holds: sources and anchors, labels, schemes, answers, comments, sections. */
function richMap(rng: Rng): ArgumentMap {
  const source = { id: srcid('src'), title: 'The article', text: 'Trees cool cities. Roots need water; costs rise. === end', ...(rng.chance(0.5) && { url: 'https://example.org/a' }) };
  const statements: Statement[] = [];
  for (let i = 0; i < 10; i++) {
    if (!rng.chance(0.7)) continue;
    const start = rng.int(20);
    const end = start + 1 + rng.int(20);
    statements.push({
      id: sid(`s${i}`),
      text: rng.chance(0.05) ? '' : text(rng),
      kind: rng.pick(STATEMENT_KINDS),
      tags: Array.from({ length: rng.int(4) }, () => rng.pick(TAGS)).filter((t, n, all) => all.indexOf(t) === n),
      anchors: rng.chance(0.4) ? [{ source: source.id, start, end, quote: source.text.slice(start, end) }] : [],
      ...(rng.chance(0.5) && { position: { x: rng.int(900) - 100.5, y: rng.int(600) } }),
      ...(rng.chance(0.2) && { pinned: true }),
      ...(rng.chance(0.2) && { collapsed: true }),
      ...(rng.chance(0.2) && { color: rng.pick(['red', '#2e7d32']) }),
    });
  }
  const inferences: Inference[] = [];
  for (let i = 0; i < 8 && statements.length >= 3; i++) {
    if (!rng.chance(0.7)) continue;
    const undercut = inferences.length > 0 && rng.chance(0.25);
    const target = undercut ? rng.pick(inferences).id : rng.pick(statements).id;
    const others = statements.filter((s) => s.id !== target);
    const premises = [...new Set(Array.from({ length: 1 + (rng.chance(0.3) ? rng.int(2) + 1 : 0) }, () => rng.pick(others).id))];
    const polarity = undercut || rng.chance(0.4) ? 'attack' : 'support';
    const answered = inferences.filter((x) => x.scheme);
    inferences.push({
      id: asInferenceId(rng.chance(0.3) ? `${premises[0]}-${polarity === 'support' ? 'supports' : undercut ? 'undercuts' : 'attacks'}-${target}` : `i${i}`),
      premises,
      target,
      polarity,
      ...(rng.chance(0.3) && { label: text(rng, 4).trim() || 'label' }),
      ...(rng.chance(0.3) && { tags: Array.from({ length: 1 + rng.int(3) }, () => rng.pick(TAGS)).filter((t, n, all) => all.indexOf(t) === n) }),
      ...(rng.chance(0.3) && { scheme: rng.pick(['practical-reasoning', 'expert-opinion', 'Free scheme, with commas', 'line\nbreak']) }),
      ...(answered.length && rng.chance(0.3) && { answers: { inference: rng.pick(answered).id, question: 'cq1' } }),
    });
  }
  // Argdown merges equal relations: keep one inference per premise, polarity and target.
  const seen = new Set<string>();
  const once = (key: string) => !seen.has(key) && !!seen.add(key);
  const distinct = inferences.filter((x) => once(`${x.premises.join('+')} ${x.polarity} ${x.target}`) && once(x.id));
  const live = distinct.filter((x) => [...statements.map((s) => s.id), ...distinct.map((d) => d.id)].includes(x.target));
  const targets = [...statements.map((s) => s.id), ...live.map((x) => x.id)];
  const comments = Array.from({ length: rng.int(3) }, (_, i) => ({
    id: asCommentId(`c${i}`), target: rng.pick(targets), author: 'Ann', text: text(rng), createdAt: '2026-01-05T10:00:00.000Z',
    ...(i > 0 && rng.chance(0.5) && { parent: asCommentId('c0') }), ...(rng.chance(0.3) && { resolved: true }),
  }));
  return {
    ...createEmptyMap(rng.pick(['Random map', '', 'Two\nlines', 'A # title {x}'])),
    description: rng.chance(0.5) ? '' : text(rng),
    direction: rng.chance(0.5) ? 'TB' : 'LR',
    sources: [source],
    statements,
    inferences: live,
    comments: live.length || statements.length ? comments : [],
  };
}

describe('Warrant → Argdown → Warrant keeps the whole map', () => {
  it.skipIf(!existsSync(seeded))('the seeded map comes back deep-equal, and @argdown/core reads the export without errors', () => {
    const map = parseMap(readFileSync(seeded, 'utf8'));
    const text = exportText(map);
    expect(runArgdown(text).errors).toEqual([]);
    expect(argdownSignature(text)).toEqual(signature(map));
    const { map: back, notes } = argdownImport.import(text);
    expect(notes).toEqual([]);
    expect(sortedMap(back)).toEqual(sortedMap(map));
  });

  it('120 random maps come back deep-equal; @argdown/core reads every export without errors and sees the same graph', () => {
    let checked = 0;
    for (let seed = 1; seed <= 120; seed++) {
      const map = richMap(createRng(seed));
      const valid = validateMap(map);
      if (!valid.ok) throw new Error(`seed ${seed}: the generator made an invalid map: ${JSON.stringify(valid.issues[0])}`);
      const text = exportText(valid.map);
      const seen = runArgdown(text);
      expect([seed, seen.errors.map(String)]).toEqual([seed, []]);
      // The graph signature names statements by text, so it can tell them apart only when no two texts read the same.
      const texts = valid.map.statements.map((s) => s.text.replace(/\s+/g, ' ').trim());
      if (new Set(texts).size === texts.length) expect([seed, argdownSignature(text)]).toEqual([seed, signature(valid.map)]);
      const { map: back, notes } = argdownImport.import(text);
      expect([seed, notes]).toEqual([seed, []]);
      expect([seed, sortedMap(back)]).toEqual([seed, sortedMap(valid.map)]);
      checked++;
    }
    expect(checked).toBe(120);
  });

  it('the live pane\'s text (no options) carries nothing; the file export does', () => {
    const map = richMap(createRng(7));
    expect(exportArgdown(map)).not.toContain('warrant:');
    expect(exportText(map)).toContain('warrant:');
  });

  it('an edit of the visible text wins over the carried exact text', () => {
    const map: ArgumentMap = { ...createEmptyMap('T'), statements: [testStatement({ id: 's', text: 'Two\nlines' })] };
    const text = exportText(map);
    expect(argdownImport.import(text).map.statements[0].text).toBe('Two\nlines');
    expect(argdownImport.import(text.replace('[s]: Two lines', '[s]: Edited')).map.statements[0].text).toBe('Edited');
  });

  it('carried data that does not make a valid map: the Argdown alone is read, with a note', () => {
    const text = '[s]: A statement. {warrant: {anchors: [["nowhere", 0, 3]], position: {x: "left", y: 0}}}\n\n===\n';
    const bad = '===\nwarrant: {comments: [{id: "c1", target: "missing", author: "A", text: "t", createdAt: "2026-01-05T10:00:00.000Z"}]}\n===\n\n[s]: A statement.\n';
    expect(argdownImport.import(text).map.statements[0]).toMatchObject({ text: 'A statement.', anchors: [] });
    const { map, notes } = argdownImport.import(bad);
    expect(map.comments).toEqual([]);
    expect(notes[0]).toMatch(/the Warrant data in this file does not make a valid map .*, so the Argdown alone was read/);
  });
});
