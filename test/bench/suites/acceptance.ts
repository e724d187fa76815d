import { acceptance } from '../../../core/semantics';
import { floatingChain } from '../../helpers/acceptanceCases';
import { sketch } from '../../core/semantics/sketch';
import type { Figure } from '../lib/record';
import type { BenchSuite } from '../lib/suite';

/**
 * acceptance.split.*: sceptical preferred acceptance inside one large connected group (thirty
 * floating reinstatements joined in a row, 2^30 outcomes), splitting at unattacked components
 * against the whole-group search alone (`split: false`, what acceptance did before), in the
 * same run, rounds alternating. The baseline gives up at its time limit (10 s): its figure is
 * the time until it stopped, so the ratio understates the gain. Run alone:
 * `npm run bench -- acceptance`.
 */
const ROUNDS = 3;

function timeOnce(map: ReturnType<typeof sketch>, split: boolean): { ms: number; answered: boolean } {
  const start = performance.now();
  try {
    acceptance(map, { semantics: 'preferred', limits: { split } });
    return { ms: performance.now() - start, answered: true };
  } catch {
    return { ms: performance.now() - start, answered: false };
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export const suite: BenchSuite = {
  name: 'acceptance',
  async run(): Promise<Figure[]> {
    const figures: Figure[] = [];
    for (const count of [10, 30]) {
      const map = sketch(floatingChain(count));
      const split: number[] = [];
      const whole: number[] = [];
      let splitAnswered = 0;
      let wholeAnswered = 0;
      for (let r = 0; r < ROUNDS; r++) {
        const a = timeOnce(map, true);
        const b = timeOnce(map, false);
        split.push(a.ms);
        whole.push(b.ms);
        splitAnswered += +a.answered;
        wholeAnswered += +b.answered;
        console.error(`  chain ${count}: split ${a.ms.toFixed(0)} ms (${a.answered ? 'answered' : 'gave up'}), whole-group search ${b.ms.toFixed(0)} ms (${b.answered ? 'answered' : 'gave up'})`);
      }
      figures.push({
        name: `acceptance.split.chain${count}`,
        value: median(split),
        unit: 'ms',
        baseline: 'whole-group search without splitting (time until it answered or gave up)',
        baselineValue: median(whole),
        n: ROUNDS,
        spread: [Math.min(...split), Math.max(...split)],
        note: `${count} joined floating reinstatements, one group of 2^${count} outcomes; split answered ${splitAnswered}/${ROUNDS}, baseline answered ${wholeAnswered}/${ROUNDS}`,
      });
    }
    return figures;
  },
};
