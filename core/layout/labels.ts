import type { ArgumentMap } from '../model/types';

/**
 * Semantic zoom, like place names on a map: zoomed far out, each card shows a short label in
 * large type instead of its text, and where labels would collide the more important card
 * keeps its label (the thesis first, then its reasons and objections, and so on down).
 *
 * Worked example: "For now, keeping to a defensive posture is probably the most prudent
 * option." → "Keeping to a defensive…" (a short lead-in before a comma is dropped,
 * then whole words up to LABEL_CHARS).
 */

export const LABEL_CHARS = 24;

/** A short label for a statement's text: its first words, at most about LABEL_CHARS characters. */
export function getShortLabel(text: string, max = LABEL_CHARS): string {
  let t = text.replace(/\s+/g, ' ').trim();
  const lead = /^([^,]{1,14}),\s+(.{12,})$/.exec(t);
  if (lead) t = lead[2][0].toUpperCase() + lead[2].slice(1);
  if (t.length <= max) return t;
  const words = t.split(' ');
  let out = words[0].slice(0, max);
  for (const w of words.slice(1)) {
    if (out.length + 1 + w.length > max) break;
    out += ` ${w}`;
  }
  return `${out.replace(/[,;:.]$/, '')}…`;
}

/** How many inference steps each statement lies below a thesis (theses 0); unreachable ones last. */
export function getLabelRanks(map: Pick<ArgumentMap, 'statements' | 'inferences'>): Map<string, number> {
  const premisesOf = new Map<string, string[]>();
  for (const inf of map.inferences) premisesOf.set(inf.target, [...(premisesOf.get(inf.target) ?? []), ...inf.premises]);
  const rank = new Map<string, number>();
  let frontier = map.statements.filter((s) => s.kind === 'thesis').map((s) => s.id);
  frontier.forEach((id) => rank.set(id, 0));
  for (let depth = 1; frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const p of premisesOf.get(id) ?? []) {
        if (rank.has(p)) continue;
        rank.set(p, depth);
        next.push(p);
      }
    }
    frontier = next;
  }
  for (const s of map.statements) if (!rank.has(s.id)) rank.set(s.id, Number.MAX_SAFE_INTEGER);
  return rank;
}

export interface LabelCandidate {
  readonly id: string;
  /** The label's rectangle on screen (or in any one unit for all candidates). */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Lower goes first. */
  readonly rank: number;
}

/** The labels to show: by rank (then reading order), each only where it collides with none shown. */
export function chooseLabels(candidates: readonly LabelCandidate[], margin = 4): Set<string> {
  const order = [...candidates].sort((a, b) => a.rank - b.rank || a.y - b.y || a.x - b.x);
  const shown: LabelCandidate[] = [];
  // A coarse grid keeps the collision test near-linear on big maps.
  const cell = 200;
  const grid = new Map<string, LabelCandidate[]>();
  const cells = (c: LabelCandidate) => {
    const keys: string[] = [];
    for (let gx = Math.floor((c.x - margin) / cell); gx <= Math.floor((c.x + c.width + margin) / cell); gx++) {
      for (let gy = Math.floor((c.y - margin) / cell); gy <= Math.floor((c.y + c.height + margin) / cell); gy++) keys.push(`${gx},${gy}`);
    }
    return keys;
  };
  const hits = (a: LabelCandidate, b: LabelCandidate) =>
    a.x - margin < b.x + b.width && b.x - margin < a.x + a.width && a.y - margin < b.y + b.height && b.y - margin < a.y + a.height;
  for (const c of order) {
    const keys = cells(c);
    if (keys.some((k) => grid.get(k)?.some((o) => hits(c, o)))) continue;
    shown.push(c);
    for (const k of keys) grid.set(k, [...(grid.get(k) ?? []), c]);
  }
  return new Set(shown.map((c) => c.id));
}
