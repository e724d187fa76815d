/**
 * Syntax colouring and folding for the pane: a small stream tokenizer for the Argdown the
 * exporter writes and people type (titles, relations, tags, data, premise–conclusion lines),
 * and folding of each block (a statement with its relation tree, an argument with its structure).
 */
import { HighlightStyle, StreamLanguage, foldService, syntaxHighlighting } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { Tag, tags } from '@lezer/highlight';

const t = {
  statement: Tag.define(),
  argument: Tag.define(),
  support: Tag.define(),
  attack: Tag.define(),
  undercut: Tag.define(),
  tag: Tag.define(),
  data: Tag.define(),
  inference: Tag.define(),
};

const argdown = StreamLanguage.define<{ inData: boolean }>({
  name: 'argdown',
  startState: () => ({ inData: false }),
  token(stream, state) {
    if (state.inData) {
      if (stream.skipTo('}')) {
        stream.next();
        state.inData = false;
      } else stream.skipToEnd();
      return 'data';
    }
    if (stream.sol() && stream.match(/^#+ /)) return stream.skipToEnd(), 'heading';
    if (stream.match('//')) return stream.skipToEnd(), 'comment';
    if (stream.sol() && stream.match(/^\s*-{2,}.*$/)) return 'inference';
    if (stream.eatSpace()) return null;
    if (stream.match(/^\(\d+\)/)) return 'number';
    if (stream.match(/^(\+>|<\+|\+)(?=\s)/)) return 'support';
    if (stream.match(/^(->|<-|><|-)(?=\s)/)) return 'attack';
    if (stream.match(/^(_>|<_|_)(?=\s)/)) return 'undercut';
    if (stream.match(/^\[(?:[^\]\\]|\\.)+\]/)) return 'statement';
    if (stream.match(/^<(?:[^>\\]|\\.)+>/)) return 'argument';
    if (stream.match(/^#(\([^)]*\)|[\w\-\u00A0-\uFFEF]+)/)) return 'tag';
    if (stream.peek() === '{') {
      state.inData = true;
      return null;
    }
    if (stream.match(/^\\./)) return null;
    stream.next();
    stream.eatWhile(/[^\s[<#{\\/]/);
    return null;
  },
  tokenTable: { ...t, heading: tags.heading, comment: tags.comment, number: tags.number },
});

const style = HighlightStyle.define([
  { tag: t.statement, color: 'var(--accent)', fontWeight: '600' },
  { tag: t.argument, color: 'var(--undercut)', fontWeight: '600' },
  { tag: t.support, color: 'var(--support)', fontWeight: '700' },
  { tag: t.attack, color: 'var(--attack)', fontWeight: '700' },
  { tag: t.undercut, color: 'var(--undercut)', fontWeight: '700' },
  { tag: t.tag, color: 'var(--role-assumption)' },
  { tag: t.data, color: 'var(--muted)' },
  { tag: t.inference, color: 'var(--muted)', fontWeight: '600' },
  { tag: tags.heading, fontWeight: '700' },
  { tag: tags.comment, color: 'var(--muted)', fontStyle: 'italic' },
  { tag: tags.number, color: 'var(--muted)' },
]);

/** A block runs from a line after a blank line to the last line before the next blank one; an argument's structure joins its head. */
const foldBlocks = foldService.of((state, lineStart) => {
  const line = state.doc.lineAt(lineStart);
  if (!line.text.trim() || (line.number > 1 && state.doc.line(line.number - 1).text.trim())) return null;
  let last = line.number;
  const blank = (n: number) => !state.doc.line(n).text.trim();
  const extend = () => {
    while (last < state.doc.lines && !blank(last + 1)) last++;
  };
  extend();
  if (line.text.startsWith('<') && last + 2 <= state.doc.lines && blank(last + 1) && /^\s*\(\d+\)/.test(state.doc.line(last + 2).text)) {
    last += 2;
    extend();
  }
  return last > line.number ? { from: line.to, to: state.doc.line(last).to } : null;
});

export function argdownSupport(): Extension {
  return [argdown, syntaxHighlighting(style), foldBlocks];
}
