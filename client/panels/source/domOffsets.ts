/**
 * Maps a DOM selection inside the rendered source back to offsets into the source text.
 * The text view renders every run of text as one element with `data-start` holding exactly
 * one text node (labels are CSS generated content, not text nodes), so a DOM point converts
 * to an offset without searching the text.
 */
function pointToOffset(container: HTMLElement, node: Node, offset: number, textLength: number): number {
  if (node.nodeType === Node.TEXT_NODE) {
    const run = node.parentElement?.closest<HTMLElement>('[data-start]');
    return run ? Number(run.dataset.start) + offset : 0;
  }
  if (node === container) {
    const child = container.childNodes[offset] as HTMLElement | undefined;
    return child?.dataset?.start !== undefined ? Number(child.dataset.start) : textLength;
  }
  const run = (node as HTMLElement).closest?.<HTMLElement>('[data-start]');
  if (!run) return 0;
  const start = Number(run.dataset.start);
  return offset === 0 ? start : start + (run.textContent?.length ?? 0);
}

/** The selected span of the source text, trimmed of surrounding whitespace; null when nothing is selected in it. */
export function getSelectionOffsets(container: HTMLElement, selection: Selection | null, text: string): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(container)) return null;
  const startInside = container.contains(range.startContainer);
  const endInside = container.contains(range.endContainer);
  let start = startInside ? pointToOffset(container, range.startContainer, range.startOffset, text.length) : 0;
  let end = endInside ? pointToOffset(container, range.endContainer, range.endOffset, text.length) : text.length;
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(start, Math.min(end, text.length));
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}

/** The run element holding an offset (for scrolling and positioning). */
export function findRun(container: HTMLElement, offset: number): HTMLElement | null {
  for (const el of container.querySelectorAll<HTMLElement>('[data-start]')) {
    const start = Number(el.dataset.start);
    if (offset >= start && offset < start + (el.textContent?.length ?? 0)) return el;
  }
  return null;
}
