import { findSchemeByName } from '../../schemes/catalogue';

/** AIFdb's names for an S-node without a chosen scheme. */
export const DEFAULT_SCHEME = { RA: 'Default Inference', CA: 'Default Conflict', MA: 'Default Rephrase', PA: 'Default Preference' } as const;
/** The scheme of a support inference read from an MA-node (a rephrase): written back as an MA-node. */
export const REPHRASE = 'rephrase';

const DEFAULTS = new Set<string>(Object.values(DEFAULT_SCHEME));

/**
 * The Warrant scheme an S-node stands for: its `scheme` or else its text, unless that is one of
 * AIFdb's default names (no scheme chosen); an MA-node is a rephrase; a catalogue scheme's AIF
 * name (`Expert Opinion`) becomes its id (`expert-opinion`).
 */
export function readScheme(type: string, scheme: string | undefined, text: string): string | undefined {
  const given = [scheme, text].find((name) => name && !DEFAULTS.has(name));
  const named = type === 'MA' ? REPHRASE : given;
  return named && (findSchemeByName(named)?.id ?? named);
}
