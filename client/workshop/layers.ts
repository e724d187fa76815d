import type { ArgumentMap } from '../../core/model';
import type { Label, Labelling } from '../../core/semantics';
import { type RatingSummary, describeConsensus, describeSummary, isControversial } from '../../core/workshop';
import type { Badge, Layer } from '../store/layers';
import type { RatingsView } from './workshopUi';

/**
 * The canvas decorations of the workshop, as pure functions of what they show. Every status
 * is carried by words and symbols in a badge (its title says it in full); colour only repeats it.
 */

export const LABEL_BADGE: Readonly<Record<Label, { text: string; word: string }>> = {
  IN: { text: 'IN ✓', word: 'holds' },
  OUT: { text: 'OUT ✗', word: 'does not hold' },
  UNDEC: { text: 'UNDEC ?', word: 'undecided' },
};

/** Evaluation badges (click: why?) and, when asked, OUT statements dimmed. */
export function buildEvaluationLayer(
  labelling: Labelling,
  options: { dimOut: boolean; onBadge: (id: string) => void; caption?: string },
): Layer {
  const badges = new Map<string, Badge[]>();
  const classes = new Map<string, string>();
  const accepted = new Set(labelling.accepted);
  const rejected = new Set(labelling.rejected);
  for (const [id, label] of labelling.statements) {
    const { text, word } = LABEL_BADGE[label];
    const whatIf = accepted.has(id) ? ' (accepted in your what-if)' : rejected.has(id) ? ' (rejected in your what-if)' : '';
    const list: Badge[] = [{ text, tone: `eval-${label.toLowerCase()}`, title: `${label}: ${word}${whatIf}${options.caption ?? ''}. Click to see why.`, onClick: () => options.onBadge(id) }];
    if (whatIf) list.push({ text: accepted.has(id) ? 'accepted' : 'rejected', tone: 'whatif', title: `What-if: ${accepted.has(id) ? 'accepted' : 'rejected'} by you. Click to change.`, onClick: () => options.onBadge(id) });
    badges.set(id, list);
    const cls = [`eval-${label.toLowerCase()}`, ...(label === 'OUT' && options.dimOut ? ['eval-dim'] : []), ...(whatIf ? ['eval-whatif'] : [])];
    classes.set(id, cls.join(' '));
  }
  return { badges, classes };
}

/** A level from 0 to 1 for the tint: how strongly the room leans (consensus) or splits (controversy). */
const level = (x: number) => (0.25 + 0.75 * Math.min(1, Math.abs(x))).toFixed(2);

/** Consensus or controversy colouring of the rated statements, with a badge of counts. */
export function buildRatingsLayer(map: ArgumentMap, summaries: ReadonlyMap<string, RatingSummary>, view: Exclude<RatingsView, 'off'>, onBadge: (id: string) => void): Layer {
  const badges = new Map<string, Badge[]>();
  const classes = new Map<string, string>();
  const styles = new Map<string, Record<string, string>>();
  for (const s of map.statements) {
    const sum = summaries.get(s.id);
    if (!sum || sum.count === 0) continue;
    const split = isControversial(sum);
    const title = `${describeSummary(sum)}; ${describeConsensus(sum.consensus)}${split ? '; the room is split' : ''}`;
    const counts = `▲${sum.agree} ▼${sum.disagree}`;
    badges.set(s.id, [{ text: view === 'controversy' && split ? `split ${counts}` : counts, tone: view === 'controversy' && split ? 'split' : 'rating', title, onClick: () => onBadge(s.id) }]);
    if (view === 'consensus') {
      classes.set(s.id, `ws-rated ${sum.consensus >= 0.05 ? 'ws-agree' : sum.consensus <= -0.05 ? 'ws-disagree' : 'ws-neutral'}`);
      styles.set(s.id, { '--ws-level': level(sum.consensus) });
    } else {
      classes.set(s.id, `ws-rated ${split ? 'ws-split' : 'ws-calm'}`);
      styles.set(s.id, { '--ws-level': level(sum.controversy) });
    }
  }
  return { badges, classes, styles };
}

/** The walkthrough's current step, highlighted and numbered. */
export function buildStepLayer(statement: string, index: number, total: number, who?: string): Layer {
  return {
    classes: new Map([[statement, 'ws-step']]),
    badges: new Map([[statement, [{ text: `Step ${index + 1}/${total}`, tone: 'step', title: `Walkthrough step ${index + 1} of ${total}${who ? ` (presented by ${who})` : ''}` }]]]),
  };
}
