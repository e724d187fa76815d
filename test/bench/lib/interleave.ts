/**
 * Runs a subject and its baseline in alternating order, round after round, so both see the
 * same machine load (other processes on a shared machine come and go): round 1 subject then
 * baseline, round 2 baseline then subject, and so on. Returns each side's samples.
 */
export async function interleave<T>(
  rounds: number,
  subject: () => Promise<T> | T,
  baseline: () => Promise<T> | T,
): Promise<{ subject: T[]; baseline: T[] }> {
  const out = { subject: [] as T[], baseline: [] as T[] };
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) {
      out.subject.push(await subject());
      out.baseline.push(await baseline());
    } else {
      out.baseline.push(await baseline());
      out.subject.push(await subject());
    }
  }
  return out;
}

/** Wall time of one call, in ms. */
export async function timed(run: () => unknown): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}
