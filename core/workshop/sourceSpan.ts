import type { ArgumentMap } from '../model/types';

/**
 * The passage a statement is anchored to, with some of the text around it, for showing beside
 * a walkthrough step:
 *
 *   getSourceSpan(map, 'order-restored', 40)
 *   → { sourceTitle: 'Commentary…', before: '…Tokayev declared that ', quote: 'order had been restored', after: ' across the country…' }
 *
 * Cuts fall on word breaks and are marked with an ellipsis. Undefined when there is no anchor.
 */
export interface SourceSpan {
  readonly sourceTitle: string;
  readonly before: string;
  readonly quote: string;
  readonly after: string;
}

export function getSourceSpan(map: Pick<ArgumentMap, 'statements' | 'sources'>, statementId: string, context = 240): SourceSpan | undefined {
  const anchor = map.statements.find((s) => s.id === statementId)?.anchors[0];
  const source = anchor && map.sources.find((s) => s.id === anchor.source);
  if (!anchor || !source) return undefined;
  const from = Math.max(0, anchor.start - context);
  const to = Math.min(source.text.length, anchor.end + context);
  let before = source.text.slice(from, anchor.start);
  let after = source.text.slice(anchor.end, to);
  if (from > 0) before = `…${before.replace(/^\S*\s/, '')}`;
  if (to < source.text.length) after = `${after.replace(/\s\S*$/, '')}…`;
  return { sourceTitle: source.title, before: before.replace(/\s+/g, ' '), quote: anchor.quote, after: after.replace(/\s+/g, ' ') };
}
