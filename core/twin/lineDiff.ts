/**
 * Line diff (Myers) and the single edit between two strings.
 *   diffLines(['a', 'b', 'c'], ['a', 'x', 'c']) → [{ aStart: 1, aEnd: 2, bStart: 1, bEnd: 2 }]
 *   singleEdit('Trees help.', 'Old Trees help.') → { start: 0, end: 0, insert: 'Old ' }
 */

/** Lines a[aStart, aEnd) were replaced by b[bStart, bEnd). */
export interface Hunk {
  readonly aStart: number;
  readonly aEnd: number;
  readonly bStart: number;
  readonly bEnd: number;
}

/** Past this many differing lines the middle is reported as one hunk (cheap and still correct). */
const MAX_EDITS = 4000;

/** The hunks that turn `a` into `b`, in order. */
export function diffLines(a: readonly string[], b: readonly string[]): Hunk[] {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const n = a.length - pre - suf;
  const m = b.length - pre - suf;
  if (n === 0 && m === 0) return [];
  if (n === 0 || m === 0) return [{ aStart: pre, aEnd: pre + n, bStart: pre, bEnd: pre + m }];
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[pre + x] === b[pre + y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return [{ aStart: pre, aEnd: pre + n, bStart: pre, bEnd: pre + m }];
  // Walk back through the trace, collecting matched pairs.
  const matches: [number, number][] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const vd = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[offset + k - 1] < vd[offset + k + 1]) ? k + 1 : k - 1;
    const prevX = vd[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) matches.push([--x, --y]);
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) matches.push([--x, --y]);
  matches.reverse();
  const hunks: Hunk[] = [];
  let ai = 0;
  let bi = 0;
  for (const [ma, mb] of [...matches, [n, m] as [number, number]]) {
    if (ma > ai || mb > bi) hunks.push({ aStart: pre + ai, aEnd: pre + ma, bStart: pre + bi, bEnd: pre + mb });
    ai = ma + 1;
    bi = mb + 1;
  }
  return hunks;
}

export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly insert: string;
}

/** The one replacement of a[start, end) that gives b (common prefix and suffix kept). */
export function singleEdit(a: string, b: string): Edit {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return { start, end: endA, insert: b.slice(start, endB) };
}
