import { type ArgumentMap, type Statement, createEmptyMap } from '../../../core/model';
import { testInference, testStatement } from '../../helpers/ids';

/**
 * Builds a map from a sketch, one relation per string: `[id:] premise[,premise…] -> target`
 * (support) or `… -x target` (attack; an undercut when the target is an inference id).
 * Inference ids default to the relation without spaces ("b-xa", "b,c->a"). Statements are
 * created for every other name, in order of appearance; `extra` adds fields or lone statements.
 */
export function sketch(relations: readonly string[], extra: Partial<ArgumentMap> & { readonly with?: Record<string, Partial<Statement>> } = {}): ArgumentMap {
  const parsed = relations.map((r) => {
    const m = /^\s*(?:([\w.:-]+)\s*:\s*)?([\w.:,\s-]+?)\s*(->|-x)\s*([\w.:-]+)\s*$/.exec(r);
    if (!m) throw new Error(`bad sketch relation "${r}"`);
    const premises = m[2].split(',').map((s) => s.trim());
    return testInference({ id: m[1] ?? `${premises.join(',')}${m[3]}${m[4]}`, premises, target: m[4], polarity: m[3] === '->' ? 'support' : 'attack' });
  });
  const inferenceIds = new Set<string>(parsed.map((i) => i.id));
  const names: string[] = [];
  const add = (name: string) => !inferenceIds.has(name) && !names.includes(name) && names.push(name);
  for (const inf of parsed) [...inf.premises, inf.target].forEach(add);
  Object.keys(extra.with ?? {}).forEach(add);
  const { with: fields = {}, ...rest } = extra;
  return {
    ...createEmptyMap('sketch'),
    ...rest,
    statements: names.map((id) => testStatement({ id, text: id.toUpperCase(), ...fields[id] })),
    inferences: parsed,
  };
}
