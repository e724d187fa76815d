/**
 * A premise–conclusion structure, line by line:
 *   (1) [P1]: …                 numbered statements
 *   (2) [P2]: …
 *   -- Modus ponens {uses: [1, 2]} --   an inference line (`----` when it names no rule),
 *   (3) [C]: …                  then the statement it concludes
 * The steps of a structure with intermediate conclusions use, unless `uses` says otherwise,
 * the statements since the previous conclusion together with that conclusion.
 */
import { ImportError } from '../format';
import type { ArgdownDocument, NodeRef, Step } from './document';
import { parseText } from './inline';
import type { SectionPath } from './inline';

interface Item {
  readonly type: 'statement' | 'inference';
  readonly line: number;
  readonly number?: number;
  readonly rules?: string[];
  readonly uses?: unknown;
  readonly scheme?: string;
  readonly dataNote?: string;
}

/** Splits `Rule one, Rule\, two {uses: [1]}` into rules and data; escaped commas stay in a rule. */
function readInference(src: string, line: number): { rules: string[]; uses?: unknown; scheme?: string; dataNote?: string } {
  const { text, data, dataNote } = parseText(src.replace(/\\,/g, '\u0000'), line);
  const rules = text.split(',').map((r) => r.replace(/\u0000/g, ',').trim()).filter(Boolean);
  return { rules, uses: data?.uses, ...(typeof data?.scheme === 'string' && { scheme: data.scheme }), ...(dataNote && { dataNote }) };
}

export function readPcs(argument: string, firstLine: number) {
  const items: Item[] = [];
  const titles: string[] = [];
  let open: { text: string; line: number } | undefined;

  const closeInference = (text: string, line: number) => {
    items.push({ type: 'inference', line, ...readInference(text, line) });
    const ref: NodeRef = { kind: 'inference', argument, conclusion: titles.length };
    return { inference: ref };
  };

  return {
    expectsMore: () => open !== undefined,
    /** One line of the structure: a numbered statement (its text is returned for parsing) or (part of) an inference. */
    line(text: string, no: number): { statement?: string; inference?: NodeRef } {
      if (open) {
        const end = /(^|[^\\])-{2,}\s*$/.exec(text);
        if (!end) return (open.text += `\n${text}`), {};
        const all = `${open.text}\n${text.slice(0, end.index + end[1].length)}`;
        const line = open.line;
        open = undefined;
        return closeInference(all, line);
      }
      const numbered = /^[ \t]*\((\d+)\)(.*)$/s.exec(text);
      if (numbered) {
        items.push({ type: 'statement', line: no, number: Number(numbered[1]) });
        return { statement: numbered[2] };
      }
      // A line of three or more dashes only (`----`, `-----`, …) names no rule; `--` alone opens a multi-line inference.
      if (/^[ \t]*-{3,}\s*$/.test(text)) return closeInference('', no);
      const body = text.replace(/^[ \t]*--/, '');
      const end = /^(.*?[^\\])?-{2,}\s*$/s.exec(body) ?? /^-+\s*$/.exec(body);
      if (end) return closeInference(end[1] ?? '', no);
      open = { text: body, line: no };
      return {};
    },
    addStatement: (title: string) => void titles.push(title),
    /** Checks the shape (S… (S… inference S)+) and stores the structure on its argument. */
    finish(doc: ArgdownDocument, section: SectionPath | undefined): void {
      if (open) throw new ImportError(`line ${open.line}: the inference line is never closed with --`);
      const fail = (line: number, why: string): never => {
        throw new ImportError(`line ${line}: ${why}`);
      };
      if (items[0]?.type !== 'statement') fail(items[0]?.line ?? firstLine, 'a premise–conclusion structure starts with a numbered premise such as (1) …');
      items.forEach((it, i) => {
        if (it.type === 'inference' && items[i + 1]?.type !== 'statement') fail(it.line, 'an inference line must be followed by its numbered conclusion');
      });
      if (items.at(-2)?.type !== 'inference') fail(items.at(-1)!.line, 'a premise–conclusion structure must end with a conclusion right after an inference line (----)');
      const steps: Step[] = [];
      let index = 0;
      let from = 0;
      const numbers = items.filter((it) => it.type === 'statement').map((it, i) => [it.number, i] as const);
      for (const it of items) {
        if (it.type === 'statement') {
          index++;
          continue;
        }
        const uses = Array.isArray(it.uses) ? it.uses.map((n) => numbers.find(([num]) => num === n)?.[1] ?? -1).filter((i) => i >= 0 && i < index) : [];
        const premises = uses.length ? uses : Array.from({ length: index - from }, (_, k) => from + k);
        steps.push({ conclusion: index, premises, rules: it.rules ?? [], line: it.line, ...(it.scheme && { scheme: it.scheme }) });
        from = index;
      }
      doc.notes.push(...items.flatMap((it) => (it.dataNote ? [it.dataNote] : [])));
      const entry = doc.arguments.get(argument) ?? { members: [] };
      if (entry.pcs) fail(items[0].line, `the argument <${argument}> already has a premise–conclusion structure`);
      entry.pcs = { titles, steps, ...(section && { section }) };
      doc.arguments.set(argument, entry);
    },
  };
}
