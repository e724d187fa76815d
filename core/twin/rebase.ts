/**
 * Three-way text merge for the live Argdown pane: the person's buffer (`ours`) was written on
 * top of `base`; the map has since changed so that it now reads `theirs`. The result is the list
 * of changes that bring theirs' edits into ours, in ours' coordinates, so an editor can apply
 * them and keep the caret where it is.
 *
 * Worked example: base `[a]: A\n[b]: B`, ours `[a]: A!\n[b]: B` (typing), theirs `[a]: A\n[b]: Bee`
 * (someone renamed b on the canvas) → [{ from: 13, to: 14, insert: 'Bee' }]: both kept.
 * Where both sides changed the same place (after narrowing to the characters that differ),
 * ours wins there and the conflict is counted.
 */
import { type Hunk, diffLines, singleEdit } from './lineDiff';

export interface TextChange {
  readonly from: number;
  readonly to: number;
  readonly insert: string;
}

const splitLines = (text: string): string[] => text.match(/[^\n]*\n|[^\n]+$/g) ?? [];

interface Tagged extends Hunk {
  readonly side: 'ours' | 'theirs';
}

/** Changes to apply to `ours` so it also carries what changed between `base` and `theirs`. */
export function rebaseChanges(base: string, ours: string, theirs: string): { changes: TextChange[]; conflicts: number } {
  if (base === theirs) return { changes: [], conflicts: 0 };
  if (ours === base) return { changes: theirs === ours ? [] : [{ from: 0, to: ours.length, insert: theirs }].map((c) => narrow(c, ours)), conflicts: 0 };
  const b = splitLines(base);
  const o = splitLines(ours);
  const t = splitLines(theirs);
  const hunks: Tagged[] = [
    ...diffLines(b, o).map((h) => ({ ...h, side: 'ours' as const })),
    ...diffLines(b, t).map((h) => ({ ...h, side: 'theirs' as const })),
  ].sort((x, y) => x.aStart - y.aStart || x.aEnd - y.aEnd);
  // Clusters of hunks that overlap or touch in base lines.
  const clusters: Tagged[][] = [];
  let end = -1;
  for (const h of hunks) {
    if (clusters.length && h.aStart <= end) {
      clusters.at(-1)!.push(h);
      end = Math.max(end, h.aEnd);
    } else {
      clusters.push([h]);
      end = h.aEnd;
    }
  }
  const baseOffsets = offsets(b);
  const oursOffsets = offsets(o);
  const theirsOffsets = offsets(t);
  const changes: TextChange[] = [];
  let conflicts = 0;
  let oursShift = 0; // ours lines minus base lines, for ours hunks before the current cluster
  let theirsShift = 0;
  for (const cluster of clusters) {
    const lo = Math.min(...cluster.map((h) => h.aStart));
    const hi = Math.max(...cluster.map((h) => h.aEnd));
    const delta = (side: 'ours' | 'theirs') => cluster.filter((h) => h.side === side).reduce((s, h) => s + (h.bEnd - h.bStart) - (h.aEnd - h.aStart), 0);
    const dOurs = delta('ours');
    const dTheirs = delta('theirs');
    const hasOurs = cluster.some((h) => h.side === 'ours');
    const hasTheirs = cluster.some((h) => h.side === 'theirs');
    if (hasTheirs) {
      const oFrom = oursOffsets[lo + oursShift];
      const oTo = oursOffsets[hi + oursShift + dOurs];
      const tText = theirs.slice(theirsOffsets[lo + theirsShift], theirsOffsets[hi + theirsShift + dTheirs]);
      if (!hasOurs) changes.push(narrow({ from: oFrom, to: oTo, insert: tText }, ours));
      else {
        const bText = base.slice(baseOffsets[lo], baseOffsets[hi]);
        const oText = ours.slice(oFrom, oTo);
        const eo = singleEdit(bText, oText);
        const et = singleEdit(bText, tText);
        if (eo.end <= et.start && !(eo.start === et.start && eo.end === et.end)) {
          const shift = eo.insert.length - (eo.end - eo.start);
          changes.push({ from: oFrom + et.start + shift, to: oFrom + et.end + shift, insert: et.insert });
        } else if (et.end <= eo.start && !(eo.start === et.start && eo.end === et.end)) {
          changes.push({ from: oFrom + et.start, to: oFrom + et.end, insert: et.insert });
        } else if (eo.insert !== et.insert || eo.start !== et.start || eo.end !== et.end) conflicts++;
      }
    }
    oursShift += dOurs;
    theirsShift += dTheirs;
  }
  return { changes: changes.filter((c) => c.from !== c.to || c.insert !== ''), conflicts };
}

/** Start offset of every line, plus the end of the text. */
function offsets(lines: readonly string[]): number[] {
  const out = [0];
  for (const l of lines) out.push(out.at(-1)! + l.length);
  return out;
}

/** The same change, trimmed to the characters that really differ. */
function narrow(c: TextChange, doc: string): TextChange {
  const e = singleEdit(doc.slice(c.from, c.to), c.insert);
  return { from: c.from + e.start, to: c.from + e.end, insert: e.insert };
}

/** Applies changes given in the original text's coordinates. */
export function applyChanges(text: string, changes: readonly TextChange[]): string {
  let out = '';
  let at = 0;
  for (const c of [...changes].sort((x, y) => x.from - y.from)) {
    out += text.slice(at, c.from) + c.insert;
    at = c.to;
  }
  return out + text.slice(at);
}
