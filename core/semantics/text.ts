import type { Id, Inference, Statement } from '../model/types';

/** A statement's text in curly quotes, on one line and shortened (at a word break) to fit in a sentence. */
export function quoteText(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return `“${flat}”`;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `“${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…”`;
}

/** “Text” (id): how findings and explanations name a statement. */
export function nameStatement(statement: Statement | undefined, id: Id): string {
  return statement && statement.text.trim() ? `${quoteText(statement.text)} (${id})` : `statement ${id}`;
}

/** Joins names as “A”, “B” and “C”. */
export function listNames(names: readonly string[]): string {
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Names an inference: its title, or its premises (“A” (a) together with “B” (b)). */
export function nameInference(inference: Inference, statements: ReadonlyMap<Id, Statement>): string {
  if (inference.label?.trim()) return `the argument ${quoteText(inference.label)} (${inference.id})`;
  const premises = inference.premises.map((p) => nameStatement(statements.get(p), p));
  return premises.length === 1 ? premises[0] : `${listNames(premises)} together`;
}
