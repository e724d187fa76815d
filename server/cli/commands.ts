import type { CliCommand } from './command';

/** A sub-command as `warrant --help` lists it; its code loads only when it runs, so start-up reads one command's modules. */
export interface CliCommandEntry {
  readonly name: string;
  /** One line for `warrant --help`. */
  readonly summary: string;
  load(): Promise<CliCommand>;
}

/** Every sub-command of `warrant`; add new ones here. */
export const commands: readonly CliCommandEntry[] = [
  { name: 'validate', summary: 'check a map file against the map format', load: async () => (await import('./validateCommand')).validateCommand },
  { name: 'evaluate', summary: 'label each statement IN / OUT / UNDEC (grounded, preferred or stable semantics)', load: async () => (await import('./evaluateCommand')).evaluateCommand },
  { name: 'lint', summary: 'critique checks: unsupported claims, unanswered objections, circular support…', load: async () => (await import('./lintCommand')).lintCommand },
  { name: 'export', summary: 'write a map as SVG, PDF, PNG, TikZ, DOT, Mermaid, Markdown or another format', load: async () => (await import('./exportCommand')).exportCommand },
  { name: 'import', summary: 'convert Argdown, AIF, GraphML (or a Warrant map) into a Warrant map file', load: async () => (await import('./importCommand')).importCommand },
  { name: 'report', summary: 'write a critique report (Markdown or PDF): evaluation, critique checks, ratings, figure', load: async () => (await import('./reportCommand')).reportCommand },
  { name: 'admin-link', summary: "print the facilitator's admin link (needs the server's AUTH_SECRET in the environment)", load: async () => (await import('./adminLinkCommand')).adminLinkCommand },
  { name: 'backup', summary: 'copy the server\'s SQLite store to a file, safely while the server runs', load: async () => (await import('./backupCommand')).backupCommand },
];
