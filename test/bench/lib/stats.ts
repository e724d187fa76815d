/** Order statistics for benchmark samples (nearest-rank, on a sorted copy). */

export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export const median = (xs: readonly number[]) => quantile(xs, 0.5);

export interface Summary {
  readonly n: number;
  readonly median: number;
  readonly p95: number;
  readonly p99: number;
  readonly min: number;
  readonly max: number;
}

export function summarize(xs: readonly number[]): Summary {
  return { n: xs.length, median: median(xs), p95: quantile(xs, 0.95), p99: quantile(xs, 0.99), min: Math.min(...xs), max: Math.max(...xs) };
}
