import { describe, expect, it } from 'vitest';
import { mapToMarkdown, markdownExport, markdownText } from '../../../core/formats/markdown';
import { type ArgumentMap, type Inference, createEmptyMap } from '../../../core/model';
import { figureCases, richMap } from '../../fixtures/render/cases';
import { testInference, testStatement } from '../../helpers/ids';

const map = (statements: [string, string, string?][], inferences: Inference[]): ArgumentMap => ({
  ...createEmptyMap('Outline'),
  statements: statements.map(([id, text, kind]) => testStatement({ id, text, kind: (kind ?? 'claim') as never })),
  inferences,
});
const inf = (id: string, premises: string[], target: string, polarity: 'support' | 'attack' = 'support'): Inference => (testInference({ id: id, premises, target, polarity }));

describe('Markdown outline', () => {
  it.each<[string, ArgumentMap, string[]]>([
    [
      'pro and con under the thesis',
      map([['t', 'T', 'thesis'], ['p', 'P'], ['c', 'C']], [inf('i', ['p'], 't'), inf('j', ['c'], 't', 'attack')]),
      ['- **Thesis:** T', '  - ✔ **Pro**: P', '  - ✘ **Con**: C'],
    ],
    [
      'linked premises grouped under one item',
      map([['t', 'T', 'thesis'], ['a', 'A'], ['b', 'B', 'assumption']], [inf('i', ['a', 'b'], 't')]),
      ['- **Thesis:** T', '  - ✔ **Pro**, linked premises (together):', '    - A', '    - *(assumption)* B'],
    ],
    [
      'an undercut objects to the inference',
      map([['t', 'T', 'thesis'], ['p', 'P'], ['u', 'U']], [inf('i', ['p'], 't'), inf('x', ['u'], 'i', 'attack')]),
      ['- **Thesis:** T', '  - ✔ **Pro**: P', '    - ✘ **Con**, objects to the inference from “P” to “T”: U'],
    ],
    [
      'pros before cons, nested by depth',
      map([['t', 'T', 'thesis'], ['a', 'A'], ['b', 'B'], ['c', 'C']], [inf('i', ['a'], 't', 'attack'), inf('j', ['b'], 't'), inf('k', ['c'], 'a')]),
      ['- **Thesis:** T', '  - ✔ **Pro**: B', '  - ✘ **Con**: A', '    - ✔ **Pro**: C'],
    ],
    [
      'no thesis: starts from statements that are no premise',
      map([['r', 'Root'], ['p', 'P']], [inf('i', ['p'], 'r')]),
      ['- Root', '  - ✔ **Pro**: P'],
    ],
  ])('%s', (_name, m, expected) => {
    const lines = mapToMarkdown(m).split('\n');
    const start = lines.indexOf(expected[0]);
    expect(start, mapToMarkdown(m)).toBeGreaterThanOrEqual(0);
    expect(lines.slice(start, start + expected.length)).toEqual(expected);
  });

  it('ends cycles with "(see above)" and still lists every statement', () => {
    const cyclic = map([['a', 'A'], ['b', 'B'], ['c', 'C']], [inf('i', ['a'], 'b'), inf('j', ['b'], 'a'), inf('k', ['c'], 'a')]);
    const md = mapToMarkdown(cyclic);
    expect(md).toContain('*(see above)*');
    for (const t of ['A', 'B', 'C']) expect(md).toMatch(new RegExp(`\\s${t}( |$)`, 'm'));
    expect(md.split('\n').length).toBeLessThan(20);
  });

  it('puts statements no root reaches in a last section', () => {
    const md = mapToMarkdown(map([['t', 'T', 'thesis'], ['n', 'Lonely note', 'note']], []));
    expect(md).toMatch(/## Not connected to the thesis\n\n- \*\(note\)\* Lonely note/);
  });

  it('prints a repeated premise once, then refers back to it', () => {
    const shared = map([['t', 'T', 'thesis'], ['a', 'A'], ['b', 'B'], ['e', 'E']], [inf('i', ['a'], 't'), inf('j', ['b'], 't'), inf('k', ['e'], 'a'), inf('l', ['a'], 'b')]);
    const md = mapToMarkdown(shared);
    expect(md.match(/✔ \*\*Pro\*\*: E/g)).toHaveLength(1);
    expect(md).toContain('✔ **Pro**: A *(see above)*');
  });

  it('escapes Markdown and keeps tags as code', () => {
    expect(markdownText('a *b* _c_ [d](e) <f> `g` $h$ #i | ~j & k\nl')).toBe('a \\*b\\* \\_c\\_ \\[d\\](e) \\<f\\> \\`g\\` \\$h\\$ \\#i \\| \\~j \\& k l');
    const md = markdownExport.export(richMap()) as string;
    expect(md).toContain('`#long_text` `#c#`');
    expect(md).toContain('\\<especially\\>');
  });

  it.each(figureCases())('%s: every statement appears', (_name, m) => {
    const md = mapToMarkdown(m);
    for (const s of m.statements) expect(md).toContain(markdownText(s.text));
  });
});
