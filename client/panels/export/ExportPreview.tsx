import { useMemo, useState } from 'react';

const MAX_LINES = 60;

/**
 * The figure as the file will show it, on a checkerboard when its background is transparent.
 * A wide map shrinks to a sliver when fitted, so a toggle shows it at its own size, to scroll.
 */
export function FigurePreview({ svg, transparent, caption }: { svg: string; transparent: boolean; caption: string }) {
  const src = useMemo(() => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`, [svg]);
  const [actual, setActual] = useState(false);
  return (
    <figure className={`export-preview figure${transparent ? ' transparent' : ''}`}>
      <div className={`export-preview-frame${actual ? ' actual' : ''}`}>
        <img src={src} alt="Preview of the exported figure" />
      </div>
      <figcaption>
        <span>{caption}</span>
        <button type="button" className="link-button" aria-pressed={actual} onClick={() => setActual(!actual)}>
          {actual ? 'Fit' : 'Actual size'}
        </button>
      </figcaption>
    </figure>
  );
}

/** The first lines of a text export. */
export function TextPreview({ text, caption }: { text: string; caption: string }) {
  const lines = useMemo(() => text.split('\n'), [text]);
  const more = lines.length - MAX_LINES;
  return (
    <figure className="export-preview text">
      <pre aria-label="Preview of the exported text">{lines.slice(0, MAX_LINES).join('\n')}{more > 0 && `\n… ${more} more lines`}</pre>
      <figcaption><span>{caption}</span></figcaption>
    </figure>
  );
}
