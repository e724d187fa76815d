import { useMemo } from 'react';
import type { ArgumentMap, Source } from '../../../core/model';
import { getCoverage } from './coverage';
import { type StatementRole, getStatementRoles } from '../../../core/semantics/statementRoles';
import { type Highlight, getHighlights, splitSegments } from './segments';

/** Offsets where runs of line breaks begin and end: paragraphs render as blocks of their own. */
function lineBreaks(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/\n+/g)) out.push(m.index, m.index + m[0].length);
  return out;
}

/** Everything the text view derives from the map for one source, recomputed only when it changes. */
export function useSourceView(map: ArgumentMap, source: Source | undefined, showUnmapped: boolean) {
  const roles = useMemo(() => getStatementRoles(map), [map]);
  const text = source?.text ?? '';
  const fresh = source ? getHighlights(map, source.id, text.length, roles) : [];
  // The map changes on every keystroke anywhere; the highlights rarely do.
  const signature = fresh.map((h) => `${h.key}:${h.role}:${h.start}-${h.end}`).join('|');
  const highlights: Highlight[] = useMemo(() => fresh, [signature, text]);
  const coverage = useMemo(() => getCoverage(text, highlights), [text, highlights]);
  const unmapped = useMemo(() => {
    if (!showUnmapped) return null;
    const flags = new Uint8Array(text.length);
    for (const s of coverage.unmapped) flags.fill(1, s.start, s.end);
    return flags;
  }, [showUnmapped, coverage, text]);
  const segments = useMemo(() => {
    const extra = [...lineBreaks(text), ...(showUnmapped ? coverage.unmapped.flatMap((s) => [s.start, s.end]) : [])];
    return splitSegments(text.length, highlights, extra);
  }, [text, highlights, showUnmapped, coverage]);
  const present = useMemo(() => new Set<StatementRole>(highlights.map((h) => h.role)), [highlights]);
  const statementText = useMemo(() => new Map(map.statements.map((s) => [s.id, s.text])), [map.statements]);
  return { highlights, coverage, unmapped, segments, present, statementText };
}
