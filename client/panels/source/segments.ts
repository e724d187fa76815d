import type { ArgumentMap } from '../../../core/model';
import type { StatementRole } from '../../../core/semantics/statementRoles';

/** One anchor of one statement into the source shown. */
export interface Highlight {
  /** `<statement id>#<anchor index>`: unique per anchor. */
  readonly key: string;
  readonly statementId: string;
  readonly role: StatementRole;
  readonly start: number;
  readonly end: number;
}

/** A run of text whose covering highlights are the same throughout. */
export interface Segment {
  readonly start: number;
  readonly end: number;
  /** Covering highlights, innermost (shortest) first. */
  readonly covering: readonly Highlight[];
  /** Highlights that begin at this segment's start. */
  readonly starting: readonly Highlight[];
}

/** The highlights of one source, clamped to its text; empty spans are left out. */
export function getHighlights(map: Pick<ArgumentMap, 'statements'>, sourceId: string, textLength: number, roles: ReadonlyMap<string, StatementRole>): Highlight[] {
  const out: Highlight[] = [];
  for (const s of map.statements) {
    s.anchors.forEach((a, i) => {
      if (a.source !== sourceId) return;
      const start = Math.max(0, Math.min(a.start, textLength));
      const end = Math.max(start, Math.min(a.end, textLength));
      if (end > start) out.push({ key: `${s.id}#${i}`, statementId: s.id, role: roles.get(s.id) ?? 'context', start, end });
    });
  }
  return out;
}

/**
 * Splits [0, textLength) at every highlight boundary (and at the extra boundaries given), so
 * overlapping and nested highlights become flat runs, each knowing every highlight over it.
 * Example: highlights a=[0,10) and b=[5,15) give [0,5){a} [5,10){b,a} [10,15){b}.
 */
export function splitSegments(textLength: number, highlights: readonly Highlight[], extraBoundaries: readonly number[] = []): Segment[] {
  const cuts = new Set<number>([0, textLength, ...extraBoundaries.filter((b) => b > 0 && b < textLength)]);
  for (const h of highlights) cuts.add(h.start).add(h.end);
  const points = [...cuts].sort((x, y) => x - y);
  // A sweep keeps this linear in the number of boundaries for texts with few overlaps.
  const byStart = [...highlights].sort((x, y) => x.start - y.start);
  let next = 0;
  let open: Highlight[] = [];
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i];
    const end = points[i + 1];
    open = open.filter((h) => h.end > start);
    const starting: Highlight[] = [];
    while (next < byStart.length && byStart[next].start <= start) starting.push(byStart[next++]);
    open.push(...starting);
    const covering = [...open].sort((x, y) => (x.end - x.start) - (y.end - y.start) || y.start - x.start);
    segments.push({ start, end, covering, starting });
  }
  return segments;
}
