import type { Figure } from './record';

/**
 * A benchmark suite: a file in test/bench/suites/ whose `suite` export measures some headline
 * figures, each side by side with its baseline in the same run. run.ts finds every such file,
 * so a new suite only has to be added there.
 */
export interface BenchSuite {
  /** Short name for `npm run bench -- <name>`. */
  readonly name: string;
  readonly run: () => Promise<Figure[]>;
}
