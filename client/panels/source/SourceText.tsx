import { type KeyboardEvent, type MouseEvent, type Ref, memo } from 'react';
import { ROLE_INFO } from './roles';
import type { Segment } from './segments';
import type { Flash } from './useFollowSelection';

export interface SourceTextProps {
  readonly text: string;
  readonly segments: readonly Segment[];
  /** Statement texts, for tooltips. */
  readonly statementText: ReadonlyMap<string, string>;
  readonly selected: ReadonlySet<string>;
  readonly flash: Flash | null;
  /** Set when "Show unmapped" is on: per character, 1 inside a sentence no highlight touches. */
  readonly unmapped: Uint8Array | null;
  readonly onPick: (statementIds: readonly string[]) => void;
  readonly onHover: (statementId: string | null) => void;
  readonly textRef: Ref<HTMLDivElement>;
}

const isBlank = (s: string) => s.trim() === '';
const clip = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The statements over a run, innermost first, from its data attribute. */
const idsOf = (el: HTMLElement | null) => el?.dataset.ids?.split(' ').filter(Boolean) ?? [];
const runAt = (target: EventTarget) => (target as HTMLElement).closest?.<HTMLElement>('.src-mark') ?? null;

/**
 * The source text as flat runs (see splitSegments): a highlighted run takes the colour and line
 * style of its innermost span and lists every span over it; a span's first run carries its
 * role letter as generated content, which stays out of the text a reader selects or copies.
 */
export const SourceText = memo(function SourceText(props: SourceTextProps) {
  const { text, segments, statementText, selected, flash, unmapped, onPick, onHover, textRef } = props;
  const pick = (el: HTMLElement | null) => {
    const ids = idsOf(el);
    if (ids.length > 0) onPick(ids);
  };
  const onClick = (e: MouseEvent) => {
    // The end of a drag that selected text is a click too: leave that selection alone.
    if (!window.getSelection()?.isCollapsed) return;
    pick(runAt(e.target));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    const run = runAt(e.target);
    if (!run) return;
    e.preventDefault();
    pick(run);
  };
  return (
    <div className={`source-text${unmapped ? ' show-unmapped' : ''}`} ref={textRef} onClick={onClick} onKeyDown={onKeyDown}
      onMouseOver={(e) => onHover(idsOf(runAt(e.target))[0] ?? null)} onMouseLeave={() => onHover(null)}>
      {segments.map((seg) => {
        const content = text.slice(seg.start, seg.end);
        if (content.includes('\n') && isBlank(content) && seg.covering.length === 0) {
          return <span key={seg.start} data-start={seg.start} className="src-break">{content}</span>;
        }
        if (seg.covering.length === 0) {
          const gap = unmapped && !isBlank(content) ? (unmapped[seg.start] ? ' unmapped' : ' uncited') : '';
          return <span key={seg.start} data-start={seg.start} className={`src-run${gap}`}>{content}</span>;
        }
        const [inner, outer] = seg.covering;
        const ids = [...new Set(seg.covering.map((h) => h.statementId))];
        const isSelected = ids.some((id) => selected.has(id));
        const flashing = flash && ids.includes(flash.statementId) ? ` flash-${flash.phase}` : '';
        const label = seg.starting.map((h) => ROLE_INFO[h.role].short).join(' ');
        const title = seg.covering
          .map((h) => `${ROLE_INFO[h.role].label}: ${clip(statementText.get(h.statementId) ?? h.statementId)}`)
          .join('\n');
        const cls = `src-mark role-${inner.role}${outer ? ` nested outer-${outer.role}` : ''}${label ? ' is-start' : ''}`
          + `${isSelected ? ' is-selected' : ''}${flashing}${content.includes('\n') ? ' src-multiline' : ''}`;
        return (
          <span key={seg.start} data-start={seg.start} className={cls} data-ids={ids.join(' ')}
            data-keys={seg.covering.map((h) => h.key).join(' ')} data-label={label || undefined}
            title={`${title}\n(click to show on the canvas)`}
            role={label ? 'button' : undefined} tabIndex={label ? 0 : undefined}>
            {content}
          </span>
        );
      })}
    </div>
  );
});
