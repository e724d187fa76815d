import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../core/formats/format';
import { argdownExport, argdownImport, exportArgdown, parseArgdown } from '../../../core/formats/argdown';
import { escapeText } from '../../../core/formats/argdown/syntax';
import { parseData } from '../../../core/formats/argdown/data';
import { load } from 'js-yaml';
import { type ArgumentMap, parseMap } from '../../../core/model';
import { argdownSectionTags, argdownSignature, runArgdown } from '../../fixtures/formats/argdownOracle';
import { readHeadingTag } from '../../../core/formats/argdown/sections';
import { slugify } from '../../../core/formats/argdown/ids';
import { signature, statementDetails } from '../../fixtures/formats/signature';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/formats/${name}`, import.meta.url), 'utf8');
const rich = parseMap(fixture('rich-map.json'));
const small = parseMap(fixture('../smallMap.json'));
const seeded = new URL('../../../maps/csto-kazakhstan-2022.json', import.meta.url);
const exportText = (map: ArgumentMap) => argdownExport.export(map) as string;

describe('Argdown export, checked by @argdown/core', () => {
  it.each([
    // map, statements Argdown sees (extra conclusions of attacking arguments included), arguments, relations by type
    ['rich fixture', rich, 16, 7, { support: 2, attack: 3, undercut: 3 }],
    ['small fixture', small, 3, 0, { support: 1, attack: 1 }],
  ] as const)('%s: parses without errors and with the expected counts', (_, map, statements, args, relations) => {
    // The Argdown alone, as the live pane shows it (the file export writes more arguments to keep inference ids).
    const seen = runArgdown(exportArgdown(map));
    expect(seen.errors).toEqual([]);
    expect(seen.statements).toBe(statements);
    expect(seen.arguments).toBe(args);
    expect(seen.relationTypes).toEqual(relations);
  });

  it('means the same graph to Argdown as the map it came from', () => {
    expect(argdownSignature(exportText(rich))).toEqual(signature(rich));
  });

  it.each([
    'plain words',
    'brackets [x] and <y> and {z}',
    '#hash *star* _under_ __bold__ **bold**',
    'a // b /* c */ <!-- d -->',
    'shortcodes :smile: .A. e.g. i.e. 10:30:00 U.S.A.',
    'back\\slash at end\\',
    '=== front matter? ===',
    '-> +> <_ (1) ---- at the start? no, after the title',
    'ünïcödé ✓ 🌳 “quotes”',
  ])('escapes text so Argdown and the importer read it back unchanged: %s', (text) => {
    const doc = `[s]: ${escapeText(text)}\n`;
    const seen = runArgdown(doc);
    expect(seen.errors).toEqual([]);
    expect(seen.response.statements.s.members[0].text.trim()).toBe(text);
    expect(argdownImport.import(doc).map.statements[0].text).toBe(text);
  });
});

describe('Argdown import, checked against @argdown/core', () => {
  it.each(['street-trees.argdown', 'nuclear.argdown', 'four-day-week.argdown'])('%s: builds the graph Argdown sees', (name) => {
    const text = fixture(name);
    const seen = runArgdown(text);
    expect(seen.errors).toEqual([]);
    const { map } = argdownImport.import(text);
    expect(signature(map)).toEqual(argdownSignature(text));
    expect(map.statements.length).toBe(seen.statements + seen.arguments - seen.reconstructed);
  });

  it('keeps titles as ids, tags, kinds, data and the document title', () => {
    const { map } = argdownImport.import(fixture('street-trees.argdown'));
    expect(map.title).toBe('Street trees for hotter summers');
    const trees = map.statements.find((s) => s.id === 'Trees')!;
    // The front matter names the title, so the heading is a section: its tag goes to everything under it.
    expect(trees).toMatchObject({ kind: 'thesis', tags: ['thesis', '# Should the city plant more street trees?'], text: 'The city should plant 10,000 street trees by 2030.' });
    expect(map.statements.find((s) => s.id === 'Heat-deaths')).toBeDefined();
    expect(map.inferences.find((i) => i.id === 'Cooling')).toMatchObject({
      premises: ['Temperatures', 'Heat-deaths'],
      target: 'Trees',
      polarity: 'support',
      label: 'Trees cool the streets in heat waves.',
      scheme: 'Argument from consequences',
    });
    expect(map.inferences.find((i) => i.premises[0] === 'Desert')).toMatchObject({ target: 'Cooling', polarity: 'attack' });
  });

  it('reads intermediate conclusions, `uses` and multi-line inference rules', () => {
    const { map } = argdownImport.import(fixture('nuclear.argdown'));
    expect(map.inferences.find((i) => i.id === 'Emissions.1')).toMatchObject({ premises: ['Low-CO2', 'Coal'], target: 'Net', scheme: 'Modus ponens, Inference to the best explanation' });
    expect(map.inferences.find((i) => i.id === 'Emissions')).toMatchObject({ premises: ['Net', 'Climate-first'], target: 'Keep' });
  });
});

describe('Argdown import fidelity, against @argdown/core', () => {
  /** The inference rules @argdown/core reads on the last step of argument <a>. */
  const oracleRules = (text: string): string[] => {
    const seen = runArgdown(text);
    expect(seen.errors).toEqual([]);
    return seen.response.arguments.a.pcs.at(-1).inference.inferenceRules ?? [];
  };
  it.each([
    ['----', undefined],
    ['-----', undefined],
    ['----------', undefined],
    ['-- Modus ponens --', 'Modus ponens'],
    ['--\nModus ponens\n--', 'Modus ponens'],
  ])('the inference line %j names the rule %s', (line, rule) => {
    const text = `<a>\n\n(1) [p]: P\n${line}\n(2) [c]: C\n`;
    expect(oracleRules(text)).toEqual(rule ? [rule] : []);
    const { map } = argdownImport.import(text);
    expect(map.inferences).toHaveLength(1);
    expect(map.inferences[0].scheme).toBe(rule);
  });

  it('a hard-wrapped heading is one heading, not a statement', () => {
    const text = '# Street trees for\nhotter summers\n\n[a]: Trees cool streets.\n\n## Costs and\nbenefits #econ\n\n[b]: Trees cost money.\n';
    const seen = runArgdown(text);
    expect(seen.errors).toEqual([]);
    expect(seen.response.sections[0].title).toBe('Street trees for hotter summers');
    const { map } = argdownImport.import(text);
    expect(map.title).toBe(seen.response.sections[0].title);
    expect(map.statements.map((s) => s.id).sort()).toEqual(Object.keys(seen.response.statements).sort());
  });
});

describe('Argdown round trip', () => {
  it.each([
    ['rich fixture', rich],
    ['small fixture', small],
  ])('%s: native → Argdown → native keeps ids, texts, kinds, tags and the graph', (_, map) => {
    const back = argdownImport.import(exportText(map)).map;
    expect(back.title).toBe(map.title);
    expect(back.description).toBe(map.description);
    expect(statementDetails(back)).toEqual(statementDetails(map));
    expect(back.statements.map((s) => s.color)).toEqual(map.statements.map((s) => s.color));
    expect(signature(back)).toEqual(signature(map));
    // Inferences written as arguments keep their ids, labels and schemes; undercuts point at them by id.
    for (const inf of map.inferences.filter((i) => i.premises.length > 1 || i.label || map.inferences.some((u) => u.target === i.id))) {
      expect(back.inferences.find((i) => i.id === inf.id)).toEqual(inf);
    }
  });

  it.skipIf(!existsSync(seeded))('the seeded map maps/csto-kazakhstan-2022.json survives the round trip', () => {
    const map = parseMap(readFileSync(seeded, 'utf8'));
    const text = exportText(map);
    expect(runArgdown(text).errors).toEqual([]);
    expect(argdownSignature(text)).toEqual(signature(map));
    const back = argdownImport.import(text).map;
    expect(statementDetails(back)).toEqual(statementDetails(map));
    expect(signature(back)).toEqual(signature(map));
  });
});

describe('Argdown import errors', () => {
  it.each([
    ['an inline relation', '[A]: a\n\n[D] +> [A]\n', /line 3: unexpected text "\+> \[A\]" after \[D\]/],
    ['a relation with no parent', '  +> [A]: a\n', /line 1: the relation \+> is not indented/],
    ['a pcs without conclusion', '(1) [A]: a\n(2) [B]: b\n', /line 2: a premise–conclusion structure must end with a conclusion/],
    ['a pcs starting with an inference', '----\n(1) [A]: a\n', /line 1: a premise–conclusion structure starts with a numbered premise/],
    ['two inference lines in a row', '(1) a\n----\n----\n(2) b\n', /line 2: an inference line must be followed by its numbered conclusion/],
    ['a pcs glued to a statement', '[A]: a\n(1) b\n----\n(2) c\n', /line 2: a premise–conclusion structure must start after an empty line/],
    ['an unclosed inference line', '(1) a\n--\nrule\n', /line 2: the inference line is never closed/],
    ['an argument inside a pcs', '(1) <A>: a\n----\n(2) b\n', /line 1: an argument <A> cannot stand in a premise–conclusion structure/],
    ['two pcs for one argument', '<A>\n\n(1) a\n----\n(2) b\n\n<A>\n\n(1) c\n----\n(2) d\n', /line 9: the argument <A> already has/],
    ['unclosed data', '[A]: a {kind: thesis\n', /line 1: the data \{ … \} is never closed/],
    ['broken data', '[A]: a {kind: "thesis}\n', /line 1: cannot read the data/],
    ['data before text', '[A]: {kind: thesis} text\n', /line 1: data \{ … \} must come last/],
    ['an unclosed block comment', '[A]: a\n/* never closed\n', /line 2: the comment \/\* is never closed/],
    ['binary garbage', '\u0000\u0001\u0002PNG\u0003', /binary data/],
  ])('%s → ImportError with the line', (_, text, message) => {
    expect(() => argdownImport.import(text)).toThrow(ImportError);
    expect(() => argdownImport.import(text)).toThrow(message);
  });

  it('refuses a huge input quickly and says why', () => {
    const huge = '[a]: x\n\n'.repeat(700_000);
    const start = Date.now();
    expect(() => argdownImport.import(huge)).toThrow(/more than the limit of 5000000/);
    expect(Date.now() - start).toBeLessThan(1000);
  });

  it('imports a large valid document in reasonable time', () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `[s${i}]: Statement ${i} #t${i % 7}\n  +> [s${i + 1}]`);
    const start = Date.now();
    const { map } = argdownImport.import(lines.join('\n\n'));
    expect(map.statements).toHaveLength(5001);
    expect(map.inferences).toHaveLength(5000);
    expect(Date.now() - start).toBeLessThan(20_000);
  });
});

describe('Argdown data', () => {
  it.each([
    ['{kind: thesis}', { kind: 'thesis' }],
    ['{a: "x\\u007by", b: \'it\'\'s\', c: [1, two, "3"], d: true, e: null, f: 2.5}', { a: 'x{y', b: "it's", c: [1, 'two', '3'], d: true, e: null, f: 2.5 }],
    ['{nested: {x: 1}, url: http://e.org/a}', { nested: { x: 1 }, url: 'http://e.org/a' }],
  ])('reads %s', (src, value) => {
    expect(parseData(src)).toEqual(value);
  });
});

describe('Argdown data over several lines, as @argdown/core reads it', () => {
  /** Every element's data: Argdown's members in order, and the importer's. */
  const dataOf = (text: string) => {
    const seen = runArgdown(text);
    expect(seen.errors).toEqual([]);
    const r = seen.response;
    const oracle = [...Object.values<any>(r.statements), ...Object.values<any>(r.arguments)].flatMap((x) => x.members.map((m: any) => [x.title, m.data ?? null]));
    const doc = parseArgdown(text);
    const ours = [...doc.statements, ...[...doc.arguments].map(([t, a]) => [t, a.members] as const)].flatMap(([t, ms]) => ms.map((m) => [t, m.data ?? null]));
    return { oracle, ours, seen, doc };
  };
  it.each([
    ['flow data over three lines', '[S]: Some text.\n{sources: [\n    "Book one, chapter 2",\n    "Book two"\n]}\n'],
    ['block format (a line break after {)', '[S] {\nsources:\n    - Book one, chapter 2\n    - Book two\nyear: 1882\n}\n\n[T]: Other.\n'],
    ['block format with nested maps, lists and a blank line', '[S]: Text. {\n  prop1:\n    - 1\n    - 2\n\n  prop2:\n    a: 1\n    b: [x, y]\n  }\n'],
    ['block data on an argument, then relations below it', '<A>: An argument. {\n  links:\n    - http://example.org/a\n}\n  + [S]: Supported.\n  - [T]: Attacked.\n'],
    ['flow data continued on the next lines of a relation child', '[S]: s\n  + [T]: t {kind: evidence,\n      tags: [a, b]}\n  - [U]: u\n'],
    ['nested flow data closing with }}', '[S]: s {a: {b: {c: 1}}, d: [1, {e: 2}]}\n'],
  ])('%s: same data, same relations', (_, text) => {
    const { oracle, ours, seen, doc } = dataOf(text);
    expect(ours).toEqual(oracle);
    expect(oracle.some(([, d]) => d !== null)).toBe(true);
    expect(doc.relations).toHaveLength(seen.response.relations.length);
    expect(signature(argdownImport.import(text).map)).toEqual(argdownSignature(text));
  });

  it('data over several lines on an inference line', () => {
    const text = '<A>\n\n(1) [p]: P\n(2) [q]: Q\n--\nModus ponens\n{uses: [1, 2],\n  logic: [deductive]}\n--\n(3) [c]: C\n';
    const seen = runArgdown(text);
    expect(seen.errors).toEqual([]);
    const inference = seen.response.arguments.A.pcs[2].inference;
    expect(inference.inferenceRules).toEqual(['Modus ponens']);
    const { map } = argdownImport.import(text);
    expect(map.inferences).toEqual([expect.objectContaining({ premises: ['p', 'q'], target: 'c', scheme: 'Modus ponens' })]);
    expect(inference.data).toEqual({ uses: [1, 2], logic: ['deductive'] });
  });

  it('kind, colour and tags in block data reach the map', () => {
    const text = '[S]: A thesis. {\nkind: thesis\ncolor: "#aa0000"\ntags:\n  - econ\n  - two words\n}\n';
    expect(runArgdown(text).response.statements.S.data).toEqual({ kind: 'thesis', color: '#aa0000', tags: ['econ', 'two words'] });
    expect(argdownImport.import(text).map.statements[0]).toMatchObject({ id: 'S', kind: 'thesis', color: '#aa0000', tags: ['econ', 'two words'] });
  });

  it('keeps line numbers after multi-line data', () => {
    expect(() => argdownImport.import('[S]: s {\n  a: 1\n}\n\n\n[T] +> [S]\n')).toThrow(/^line 6: /);
  });

  it('reads entries separated by ; as if separated by , and says so (YAML, and so @argdown/core, cannot read them)', () => {
    const semicolons = '[S]: s {kind: thesis; color: red; tags: [a, "b; c"]}\n';
    const commas = semicolons.replace('thesis;', 'thesis,').replace('red;', 'red,');
    expect(runArgdown(semicolons).errors).not.toEqual([]);
    expect(runArgdown(commas).errors).toEqual([]);
    const oracle = runArgdown(commas).response.statements.S.data;
    expect(oracle).toEqual(load('{kind: thesis, color: red, tags: [a, "b; c"]}'));
    const { map, notes } = argdownImport.import(semicolons);
    expect(parseArgdown(semicolons).statements.get('S')![0].data).toEqual(oracle);
    expect(map.statements[0]).toMatchObject({ kind: 'thesis', color: 'red', tags: ['a', 'b; c'] });
    expect(notes).toEqual(['line 1: data with entries separated by ; (read as if separated by ,)']);
  });

  it('names the data keys it leaves out, counted as @argdown/core reads them', () => {
    const text = '[S]: Coal is cheap. {certainty: 0.8, source: "p. 3", kind: thesis}\n\n[T]: Coal is dirty. {certainty: 0.4}\n\n<A>\n\n(1) [S]\n----\n(2) [T] {page: 2}\n\n<A>: the argument. {page: 2, reviewed: yes}\n';
    const oracle = runArgdown(text);
    expect(oracle.errors).toEqual([]);
    const keys = (items: Record<string, { data?: Record<string, unknown> }>) => Object.values(items).flatMap((e) => Object.keys(e.data ?? {}));
    expect(keys(oracle.response.statements).sort()).toEqual(['certainty', 'certainty', 'kind', 'page', 'source']);
    expect(keys(oracle.response.arguments).sort()).toEqual(['page', 'reviewed']);
    const { map, notes } = argdownImport.import(text);
    expect(map.statements.find((s) => s.id === 'S')).toMatchObject({ kind: 'thesis' });
    expect(notes).toEqual([
      'data Warrant has no place for was left out on statements: certainty (2), source (1), page (1)',
      'data Warrant has no place for was left out on arguments: page (1), reviewed (1)',
    ]);
    // What Warrant writes itself comes back without a note.
    expect(argdownImport.import(exportArgdown(map, { carry: true })).notes.filter((n) => n.includes('left out'))).toEqual([]);
  });

  it.each([
    ['unclosed block data', '[S]: s {\n  a: 1\n', /line 1: the data \{ … \} is never closed/],
    ['bad block YAML', '[S]: s {\n  a: 1\n   b: 2\n}\n', /line 1: cannot read the data \{ a: 1 b: 2 \}: .* at character \d+ of the data/],
    ['data that is not key: value', '[S]: s {\n- a\n- b\n}\n', /the data must be "key: value" entries/],
  ])('%s → ImportError', (_, text, message) => {
    expect(() => argdownImport.import(text)).toThrow(message);
  });
});

describe('Argdown headings as tags, against @argdown/core\'s sections', () => {
  const SECTIONED = [
    '# Street trees',
    '[t]: Plant trees.',
    '## Costs',
    '[c]: Trees cost money.\n  - [t]',
    '# Objections #obj',
    '[w]: Trees need water.\n  +> [c]',
    '### Deep',
    '[d]: Roots break pavements.',
    '## Water {isGroup: true}',
    '[x]: Droughts are longer.\n  +> [w]\n  <+ [c]',
    '<A>: An argument in a section. #pro',
    '(1) [p]: Premise.\n----\n(2) [w]',
    '[y]: Defined here, but in the group below. {isInGroup: false}',
    '# Last',
    '[y] {isInGroup: true}',
  ].join('\n\n');
  /** Each statement's heading tags, by title as the oracle keys them. */
  const headingTags = (map: ArgumentMap) => new Map(map.statements.map((s) => [s.id, s.tags.filter((t) => readHeadingTag(t))]));

  it.each([
    ['headings of three levels, isGroup, isInGroup and a pcs', SECTIONED],
    ['a front matter title: every heading is a section', `===\ntitle: The title\n===\n\n${SECTIONED}`],
    ['statements before the first heading', `[before]: Before any heading.\n\n${SECTIONED}`],
    ['a first heading marked as a group is no title', SECTIONED.replace('# Street trees', '# Street trees {isGroup: true}')],
    ['the repository fixture', fixture('street-trees.argdown')],
  ])('%s: every statement gets the tags of its section', (_, text) => {
    const seen = runArgdown(text);
    expect(seen.errors).toEqual([]);
    // Titles that are no valid id became slugs of themselves (core/formats/argdown/ids.ts).
    const oracle = new Map([...argdownSectionTags(text)].map(([t, tags]) => [t.startsWith('<') ? `<${slugify(t.slice(1, -1))}>` : slugify(t), tags]));
    const { map } = argdownImport.import(text);
    const ours = headingTags(map);
    for (const [id, tags] of ours) expect([id, tags]).toEqual([id, oracle.get(id) ?? oracle.get(`<${id}>`)]);
    expect([...ours.values()].flat().length).toBeGreaterThan(0);
  });

  it('Argdown → Warrant → Argdown keeps every section (as @argdown/core reads both texts)', () => {
    const map = argdownImport.import(SECTIONED).map;
    const text = exportArgdown(map);
    expect(runArgdown(text).errors).toEqual([]);
    const before = argdownSectionTags(SECTIONED);
    const after = argdownSectionTags(text);
    for (const s of map.statements) expect([s.id, after.get(s.id)]).toEqual([s.id, before.get(s.id) ?? before.get(`<${s.id}>`)]);
    const all = (list: any[]): string[] => list.flatMap((x) => [`${x.level} ${x.title}`, ...all(x.children)]).sort();
    expect(all(runArgdown(text).response.sections)).toEqual(all(runArgdown(SECTIONED).response.sections));
  });

  it('Warrant → Argdown → Warrant: heading tags come back, other tags stay tags', () => {
    const map = {
      ...small,
      title: '',
      statements: small.statements.map((s, n) => ({ ...s, tags: [['## B', 'plain', '# A'], ['# A', '# Two', 'x y'], ['### C']][n % 3] })),
    };
    const text = exportArgdown(map);
    expect(runArgdown(text).errors).toEqual([]);
    const back = argdownImport.import(text).map;
    expect(back.title).toBe('Imported Argdown');
    const tagsById = (m: ArgumentMap) => m.statements.map((s) => [s.id, [...s.tags].sort()]).sort(([a], [b]) => String(a).localeCompare(String(b)));
    expect(tagsById(back)).toEqual(tagsById(map));
    expect(signature(back)).toEqual(signature(map));
  });
});

describe('Argdown arguments with a premise–conclusion structure keep their tags', () => {
  it.each([
    ['#pro on the definition, more on a reference, data tags', '<A>: Trees pay off. #pro #(two words) {tags: [listed]}\n\n(1) [p]: P\n----\n(2) [c]: C\n\n<A> #con\n'],
    ['in a section, the pcs placing it', '# Title\n\n<A>: Gist. #pro\n\n## Costs\n\n<A>\n\n(1) [p]: P\n----\n(2) [c]: C\n'],
  ])('%s: the inference gets the tags @argdown/core gives the argument', (_, text) => {
    const seen = runArgdown(text);
    expect(seen.errors).toEqual([]);
    const a = seen.response.arguments.A;
    const expected = [...a.tags, ...(a.data?.tags ?? []), ...(argdownSectionTags(text).get('<A>') ?? [])];
    const { map } = argdownImport.import(text);
    expect(map.inferences.find((i) => i.id === 'A')!.tags).toEqual(expected);
    const back = argdownImport.import(exportText(map)).map;
    expect(back.inferences.find((i) => i.id === 'A')!.tags).toEqual(expected);
    expect(argdownSectionTags(exportText(map)).get('<A>')).toEqual(argdownSectionTags(text).get('<A>'));
  });
});
