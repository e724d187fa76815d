/**
 * Argdown headings as Warrant tags. A heading opens a section; everything defined in it gets a
 * tag that spells the heading, one for each enclosing heading too (the map's title heading aside):
 *   # Street trees            → the map's title (the first heading, unless it says {isGroup: true})
 *   ## Costs                  → [c] gets the tag "## Costs"
 *   [c]: Trees cost money.
 *   # Objections {isGroup: true}
 *   ## Water                  → [w] gets "# Objections" and "## Water"
 *   [w]: Trees need water.
 * The export writes such tags back as headings, so the sections survive Warrant → Argdown → Warrant.
 * An element's section follows Argdown's model: the section of its first definition, or of the last
 * occurrence marked {isInGroup: true}; a premise–conclusion structure puts its argument in its section.
 */
import type { Element, SectionPath } from './inline';
import { escapeText, flatten, formatData } from './syntax';

export const headingTag = (level: number, text: string): string => `${'#'.repeat(level)} ${text}`;

/** `## Costs` → { level: 2, text: 'Costs' }; undefined for any other tag. */
export function readHeadingTag(tag: string): { level: number; text: string } | undefined {
  const m = /^(#{1,6}) (\S(?:.*\S)?)$/s.exec(tag);
  return m ? { level: m[1].length, text: m[2] } : undefined;
}

/** Follows the headings of a document in order. */
export function createSectionTracker() {
  let stack: { level: number; tag?: string }[] = [];
  let open = false;
  return {
    /** A heading; the title heading opens a section that gives no tag. */
    enter(level: number, text: string, isTitle: boolean): void {
      stack = stack.filter((s) => s.level < level);
      stack.push({ level, ...(!isTitle && { tag: headingTag(level, text) }) });
      open = true;
    },
    /** The current section's path, or undefined before the first heading. */
    current: (): SectionPath | undefined => (open ? stack.flatMap((s) => (s.tag ? [s.tag] : [])) : undefined),
  };
}

/** The section Argdown gives a statement or argument with these occurrences. */
export function sectionOf(members: readonly Element[]): SectionPath | undefined {
  let section: SectionPath | undefined;
  for (const m of members) {
    const inGroup = m.data?.isInGroup;
    if (inGroup === true || (!m.isReference && inGroup === undefined && section === undefined)) section = m.section;
  }
  return section ?? members[0]?.section;
}

/** A record's tags: the heading tags that place it in a section (outermost first), and the rest. */
export function splitHeadingTags(tags: readonly string[]): { path: string[]; rest: string[] } {
  const headings = tags
    .map((tag) => ({ tag, heading: readHeadingTag(tag) }))
    .filter((h) => h.heading && flatten(h.heading.text) === h.heading.text)
    .sort((a, b) => a.heading!.level - b.heading!.level);
  const path: string[] = [];
  let level = 0;
  // One heading per level: a second "## …" cannot hold the same record, it stays a tag.
  for (const h of headings) {
    if (h.heading!.level <= level || path.includes(h.tag)) continue;
    path.push(h.tag);
    level = h.heading!.level;
  }
  return { path, rest: tags.filter((t) => !path.includes(t)) };
}

interface SectionNode {
  readonly blocks: string[];
  readonly children: Map<string, SectionNode>;
}

/**
 * Blocks placed in sections → the document's blocks with headings. Sections come in the order they
 * were first used; among siblings deeper headings come first, so that a shallower one never swallows them.
 */
export function writeSections(items: readonly { path: readonly string[]; blocks: readonly string[] }[]): string[] {
  const node = (): SectionNode => ({ blocks: [], children: new Map() });
  const root = node();
  for (const item of items) {
    let at = root;
    for (const tag of item.path) {
      if (!at.children.has(tag)) at.children.set(tag, node());
      at = at.children.get(tag)!;
    }
    at.blocks.push(...item.blocks);
  }
  const out: string[] = [];
  const emit = (n: SectionNode) => {
    out.push(...n.blocks);
    const children = [...n.children].sort(([a], [b]) => readHeadingTag(b)!.level - readHeadingTag(a)!.level);
    for (const [tag, child] of children) {
      const { level, text } = readHeadingTag(tag)!;
      out.push(`${'#'.repeat(level)} ${escapeText(text)} ${formatData({ isGroup: true })}`);
      emit(child);
    }
  };
  emit(root);
  return out;
}
