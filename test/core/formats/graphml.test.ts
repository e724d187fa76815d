import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../core/formats/format';
import { graphmlExport, graphmlImport } from '../../../core/formats/graphml';
import { type XmlElement, parseXml, textContent } from '../../../core/formats/graphml/xml';
import { type ArgumentMap, createEmptyMap, parseMap } from '../../../core/model';
import { testInference, testStatement } from '../../helpers/ids';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/formats/${name}`, import.meta.url), 'utf8');
const rich = parseMap(fixture('rich-map.json'));
const small = parseMap(fixture('../smallMap.json'));
const seeded = new URL('../../../maps/csto-kazakhstan-2022.json', import.meta.url);
const awkward: ArgumentMap = {
  ...createEmptyMap('Tabs\tand\r\nline breaks & <tags> ]]> "quotes"'),
  statements: [
    testStatement({ id: 'a', text: '  leading and trailing spaces  ', tags: ['x"y', '<z>'] }),
    testStatement({ id: 'b', text: 'line one\nline two\r\nline three\rend\ttab' }),
    testStatement({ id: 'c', text: 'emoji 🌳, CJK 漢字, RTL שלום, ]]> and &amp; literally', color: 'rebeccapurple' }),
  ],
  inferences: [testInference({ id: 'i', premises: ['a', 'b'], target: 'c', polarity: 'attack', label: 'L & <l>', scheme: 'S "s"' })],
};
const xmllint = (text: string) => spawnSync('/usr/bin/xmllint', ['--noout', '-'], { input: text, encoding: 'utf8' });
const maps: [string, () => ArgumentMap][] = [
  ['rich fixture', () => rich],
  ['small fixture', () => small],
  ['awkward text', () => awkward],
];
if (existsSync(seeded)) maps.push(['seeded map', () => parseMap(readFileSync(seeded, 'utf8'))]);

describe('GraphML export', () => {
  it.each(maps)('%s: well-formed XML (xmllint) in yEd form', (_, get) => {
    const map = get();
    const xml = graphmlExport.export(map) as string;
    const lint = xmllint(xml);
    expect(lint.stderr).toBe('');
    expect(lint.status).toBe(0);
    expect(xml).toContain('xmlns:y="http://www.yworks.com/xml/graphml"');
    expect(xml).toContain('yfiles.type="nodegraphics"');
    expect(xml.match(/<y:ShapeNode>/g)).toHaveLength(map.statements.length + map.inferences.length);
    expect(xml.match(/<y:NodeLabel /g)).toHaveLength(map.statements.length + map.inferences.length);
  });

  it('labels each statement box with its text, as yEd shows it', () => {
    const labels: string[] = [];
    const walk = (el: XmlElement) => el.children.forEach((c) => typeof c !== 'string' && (c.name === 'y:NodeLabel' ? labels.push(textContent(c)) : walk(c)));
    walk(parseXml(graphmlExport.export(rich) as string));
    expect(labels).toEqual([...rich.statements.map((s) => s.text), ...rich.inferences.map((i) => (i.polarity === 'support' ? '+' : '−'))]);
  });
});

describe('GraphML round trip', () => {
  it.each(maps)('%s: native → GraphML → native is lossless', (_, get) => {
    const map = get();
    const { map: back, notes } = graphmlImport.import(graphmlExport.export(map) as string);
    expect(notes).toEqual([]);
    // Characters XML cannot carry (a lone \r is normalised by XML itself only when not escaped) survive as references.
    expect(back).toEqual(map);
  });
});

describe('GraphML import of other tools', () => {
  it('reads a plain yEd drawing: labels as text, edges as support or attack, groups flattened', () => {
    const { map, notes } = graphmlImport.import(fixture('yed-drawing.graphml'));
    expect(map.statements.map((s) => [s.id, s.text])).toEqual([
      ['n0', 'Bike lanes make cycling safer.'],
      ['n1::n0', 'More people will cycle.'],
      ['n1::n1', 'Car traffic goes down.'],
      ['n2', 'Shops lose customers who drive.'],
    ]);
    expect(map.statements[0].position).toEqual({ x: 100, y: 50 });
    expect(map.inferences.map((i) => [i.premises.join('+'), i.polarity, i.target])).toEqual([
      ['n0', 'support', 'n1::n0'],
      ['n1::n0', 'support', 'n1::n1'],
      ['n2', 'attack', 'n1::n1'],
    ]);
    expect(notes).toEqual(['1 group node(s) left out; their members were kept', '3 edge(s) between two statements read as single-premise inferences']);
  });
});

describe('XML reader', () => {
  it.each([
    ['entities and character references', '<a t="&lt;&#65;&#x42;&apos;">x &amp; &quot;y&quot; &#x1F333;</a>', 'x & "y" 🌳'],
    ['CDATA with markup inside', '<a><![CDATA[<b>&amp;</b>]]></a>', '<b>&amp;</b>'],
    ['comments, PIs and a DOCTYPE', '<?xml version="1.0"?>\n<!DOCTYPE a>\n<!-- c -->\n<a><?pi x?>t<!-- d --></a>\n<!-- end -->', 't'],
    ['single-quoted attributes', "<a b='1' c=\"2\">t</a>", 't'],
  ])('reads %s (xmllint agrees it is well-formed)', (_, xml, text) => {
    expect(xmllint(xml).status).toBe(0);
    const root = parseXml(xml);
    expect(root.children.filter((c) => typeof c === 'string').join('')).toBe(text);
  });

  it.each([
    ['an unclosed element', '<a>\n<b>\n</a>', /line 3: <\/a> does not match <b> opened on line 2/],
    ['a missing end tag', '<a>\n  <b/>\n', /line 3: <a> opened on line 1 is never closed/],
    ['a bare ampersand', '<a>\n salt & pepper</a>', /line 2: "&" must start an entity/],
    ['an unknown entity', '<a>&nbsp;</a>', /line 1: unknown entity &nbsp;/],
    ['an unquoted attribute', '<a\n b=1/>', /line 2: the value of b must be in quotes/],
    ['a duplicate attribute', '<a b="1" b="2"/>', /attribute b appears twice/],
    ['"<" in an attribute', '<a b="<"/>', /"<" is not allowed in the value of b/],
    ['two root elements', '<a/>\n<b/>', /line 2: a second root element <b>/],
    ['text after the root', '<a/>\nhello', /line 2: text outside the root element/],
    ['an unclosed comment', '<a>\n<!-- never', /line 2: a comment <!-- is never closed/],
    ['"--" inside a comment', '<a><!-- a -- b --></a>', /"--" is not allowed inside a comment/],
    ['a DOCTYPE with declarations', '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>', /DOCTYPE declarations are not supported/],
    ['no element at all', '<?xml version="1.0"?>\n', /there is no XML element/],
  ])('rejects %s with the line (xmllint rejects it too)', (_, xml, message) => {
    if (!/DOCTYPE/.test(xml)) expect(xmllint(xml).status).not.toBe(0);
    expect(() => parseXml(xml)).toThrow(ImportError);
    expect(() => parseXml(xml)).toThrow(message);
  });
});

describe('GraphML import errors', () => {
  const doc = (body: string) => `<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="r" for="node" attr.name="role"/><key id="t" for="node" attr.name="tags"/><graph edgedefault="directed">\n${body}\n</graph></graphml>`;
  it.each([
    ['a dangling edge', doc('<node id="a"/>\n<edge id="e9" source="a" target="zz"/>'), /line 3: edge e9 points to node zz, which is not in the graph/],
    ['an inference node without target', doc('<node id="a"/>\n<node id="i"><data key="r">inference</data></node>\n<edge source="a" target="i"/>'), /line 3: inference node i needs at least one premise edge and exactly one target edge \(it has 1 and 0\)/],
    ['tags that are not JSON', doc('<node id="a"><data key="t">[oops</data></node>'), /line 2: the tags of node a is not valid JSON/],
    ['a duplicate node id', doc('<node id="a"/>\n<node id="a"/>'), /line 3: node id a is used twice/],
    ['a root that is not graphml', '<svg xmlns="http://www.w3.org/2000/svg"/>', /not GraphML: the root element is <svg>/],
    ['broken XML', '<graphml><graph>\n<node id="a">\n</graph></graphml>', /line 3: <\/graph> does not match <node> opened on line 2/],
    ['binary garbage', '\u0089PNG\r\n\u001a\n\u0000\u0000', /line 2: binary data/],
  ])('rejects %s with an ImportError naming it', (_, xml, message) => {
    expect(() => graphmlImport.import(xml)).toThrow(ImportError);
    expect(() => graphmlImport.import(xml)).toThrow(message);
  });

  it('refuses a huge input and says why', () => {
    expect(() => graphmlImport.import(`<graphml>${' '.repeat(20_000_001)}</graphml>`)).toThrow(/more than the limit of 20000000/);
  });
});
