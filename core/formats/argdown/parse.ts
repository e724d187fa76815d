/**
 * Argdown text → ArgdownDocument. Blocks are separated by empty lines; a block is a heading, a
 * statement or argument with an indented relation tree, a list of those, or a premise–conclusion
 * structure (which belongs to the argument in the block just before it):
 *   [T]: We should act.            <Arg>: Acting pays off.
 *     <+ [R]: It pays off.
 *       <- <Objection>             (1) [R]
 *                                  ----
 *                                  (2) [T]
 */
import { load } from 'js-yaml';
import { ImportError } from '../format';
import { type ArgdownDocument, type NodeRef, RELATION_SYMBOLS } from './document';
import { type Element, parseElement, parseText } from './inline';
import { type SourceLine, readSource } from './source';
import { readPcs } from './pcs';
import { createSectionTracker } from './sections';

const RELATION = /^([ \t]*)(\+>|->|<\+|<-|><|_>|<_|\+|-|_(?=\s))(.*)$/s;
const PCS_LINE = /^[ \t]*\(\d+\)/;
const LIST_ITEM = /^([ \t]*)(\*|\d+\.)(?=\s)(.*)$/s;
const HEADING = /^(#+) (.*)$/s;
const MAX_ELEMENT = 100_000;

export function parseArgdown(input: string): ArgdownDocument {
  const { lines, frontMatter } = readSource(input);
  const doc: ArgdownDocument = { statements: new Map(), arguments: new Map(), relations: [], notes: [] };
  if (frontMatter !== undefined) {
    let data: unknown;
    try {
      data = load(frontMatter);
    } catch (e) {
      throw new ImportError(`line 1: cannot read the front matter: ${e instanceof Error ? e.message.split('\n')[0] : e}`);
    }
    if (typeof data === 'object' && data !== null && !Array.isArray(data)) doc.frontMatter = data as Record<string, unknown>;
    if (typeof doc.frontMatter?.title === 'string' && doc.frontMatter.title) doc.title = doc.frontMatter.title;
  }
  let untitled = 0;
  const sections = createSectionTracker();
  let titleSeen = false;
  // As in Argdown, `<_` under a statement undercuts the most recent inference line, if there was one.
  let lastInference: NodeRef | undefined;

  /** Records an occurrence and returns what relations point at. */
  const register = (el: Element): NodeRef => {
    if (el.dataNote) doc.notes.push(el.dataNote);
    const title = el.title ?? `Untitled ${++untitled}`;
    const section = sections.current();
    const member = section ? { ...el, section } : el;
    if (el.type === 'argument') {
      const entry = doc.arguments.get(title) ?? { members: [] };
      entry.members.push(member);
      doc.arguments.set(title, entry);
      return { kind: 'argument', title };
    }
    const members = doc.statements.get(title) ?? [];
    members.push(member);
    doc.statements.set(title, members);
    return { kind: 'statement', title };
  };
  const relate = (parent: NodeRef, child: NodeRef, symbol: string, line: number) => {
    const { type, outgoing } = RELATION_SYMBOLS[symbol];
    doc.relations.push(outgoing ? { type, from: parent, to: child, line } : { type, from: child, to: parent, line });
  };

  /**
   * Parses one block. `pcsArgument` is the argument a premise–conclusion structure in this block belongs to.
   * Returns the argument title when the block is a single argument (so a following pcs can attach to it).
   */
  const readBlock = (block: SourceLine[], pcsArgument: () => string): string | undefined => {
    let stack: { indent: number; ref: NodeRef }[] = [];
    let pending: { lines: string[]; no: number; done: (ref: NodeRef, el: Element) => void; statementOnly?: boolean } | undefined;
    let rootArgument: string | undefined;
    let roots = 0;
    let pcs: ReturnType<typeof readPcs> | undefined;
    // A heading runs on over the plain lines after it (a hard-wrapped heading), as in Argdown.
    let heading: { lines: string[]; no: number; level: number } | undefined;
    const flush = () => {
      if (heading) {
        const h = parseText(heading.lines.map((l) => l.trim()).join(' '), heading.no);
        if (h.dataNote) doc.notes.push(h.dataNote);
        // The first heading is the map's title, unless it says it is a group (as the exporter's sections do).
        const isTitle = !titleSeen && !doc.title && !!h.text && h.data?.isGroup !== true;
        titleSeen ||= !!h.text;
        if (isTitle) {
          doc.title = h.text;
          if (typeof h.data?.description === 'string') doc.description = h.data.description;
        }
        sections.enter(heading.level, h.text, isTitle || !h.text);
        heading = undefined;
        stack = [];
      }
      if (!pending) return;
      const src = pending.lines.map((l) => l.trim()).join('\n');
      if (src.length > MAX_ELEMENT) throw new ImportError(`line ${pending.no}: this statement is longer than ${MAX_ELEMENT} characters`);
      const el = parseElement(src, pending.no, pending.statementOnly);
      pending.done(register(el), el);
      pending = undefined;
    };
    const startRoot = (text: string, no: number, indent: number) => {
      roots++;
      pending = {
        lines: [text],
        no,
        done: (ref, el) => {
          stack = [{ indent, ref }];
          rootArgument = roots === 1 && el.type === 'argument' ? el.title : undefined;
        },
      };
    };
    for (const { no, text } of block) {
      const relation = RELATION.exec(text);
      const inference = /^[ \t]*--/.test(text);
      const list = LIST_ITEM.exec(text);
      const headingLine = HEADING.exec(text);
      if (!relation && !inference && !list && !headingLine && !PCS_LINE.test(text) && !pcs?.expectsMore()) {
        if (heading) heading.lines.push(text);
        else if (!pending && !stack.length) startRoot(text, no, 0);
        else if (pending) pending.lines.push(text);
        else throw new ImportError(`line ${no}: text after a reference or relation tree; leave an empty line before a new statement`);
        continue;
      }
      flush();
      if (pcs?.expectsMore() || inference || PCS_LINE.test(text)) {
        if (!pcs && (stack.length || roots)) throw new ImportError(`line ${no}: a premise–conclusion structure must start after an empty line`);
        pcs ??= readPcs(pcsArgument(), no);
        const step = pcs.line(text, no);
        if (step.statement !== undefined) {
          pending = {
            lines: [step.statement],
            no,
            statementOnly: true,
            done: (ref) => {
              stack = [{ indent: 0, ref }];
              pcs!.addStatement((ref as { title: string }).title);
            },
          };
        } else if (step.inference) {
          stack = [{ indent: 0, ref: step.inference }];
          lastInference = step.inference;
        }
      } else if (headingLine) heading = { lines: [headingLine[2]], no, level: headingLine[1].length };
      else if (list) startRoot(list[3], no, list[1].length + 1);
      else if (relation) {
        const indent = relation[1].length;
        while (stack.length && stack.at(-1)!.indent >= indent) stack.pop();
        const parent = stack.at(-1)?.ref;
        if (!parent) throw new ImportError(`line ${no}: the relation ${relation[2]} is not indented under a statement or argument`);
        if (parent.kind === 'inference' && !['<_', '_'].includes(relation[2])) {
          throw new ImportError(`line ${no}: only undercuts (<_) can hang under an inference line`);
        }
        const undercuts = ['<_', '_'].includes(relation[2]) && parent.kind === 'statement' && lastInference;
        const to = undercuts ? lastInference! : parent;
        pending = {
          lines: [relation[3]],
          no,
          done: (ref) => {
            relate(to, ref, relation[2], no);
            stack.push({ indent, ref });
          },
        };
      }
    }
    flush();
    pcs?.finish(doc, sections.current());
    return pcs ? undefined : rootArgument;
  };

  let previousArgument: string | undefined;
  let block: SourceLine[] = [];
  const endBlock = () => {
    if (!block.length) return;
    const before = previousArgument;
    previousArgument = readBlock(block, () => before ?? `Untitled ${++untitled}`);
    block = [];
  };
  for (const line of lines) {
    if (line.text.trim() === '') endBlock();
    else block.push(line);
  }
  endBlock();
  return doc;
}

