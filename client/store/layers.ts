/**
 * Canvas decorations that features add without touching the canvas code: each feature owns a
 * named layer (search, evaluation, diff, consensus, source, …) holding extra CSS classes and
 * badges for statements. Local to this tab; never in the document.
 */
export interface Badge {
  readonly text: string;
  /** Tooltip and accessible description. */
  readonly title: string;
  /** A CSS modifier: badge-<tone>. */
  readonly tone: string;
  /** Optional click handler id, resolved by the feature that owns the layer. */
  readonly onClick?: () => void;
}

export interface Layer {
  readonly classes?: ReadonlyMap<string, string>;
  readonly badges?: ReadonlyMap<string, readonly Badge[]>;
  /** Inline style overrides (e.g. a consensus background colour). */
  readonly styles?: ReadonlyMap<string, Readonly<Record<string, string>>>;
}

export type Layers = Readonly<Record<string, Layer>>;

/** Everything the layers say about one statement, merged. */
export function getDecoration(layers: Layers, id: string): { className: string; badges: Badge[]; style: Record<string, string> } {
  let className = '';
  const badges: Badge[] = [];
  const style: Record<string, string> = {};
  for (const layer of Object.values(layers)) {
    const c = layer.classes?.get(id);
    if (c) className += ` ${c}`;
    const b = layer.badges?.get(id);
    if (b) badges.push(...b);
    const s = layer.styles?.get(id);
    if (s) Object.assign(style, s);
  }
  return { className, badges, style };
}

/**
 * A string that changes exactly when what the layers say about one statement changes, so a
 * card re-renders only for its own decorations, not whenever any layer anywhere changes
 * (presence and search layers change many times a second).
 */
export function getDecorationKey(layers: Layers, id: string): string {
  let key = '';
  for (const [name, layer] of Object.entries(layers)) {
    const c = layer.classes?.get(id);
    const b = layer.badges?.get(id);
    const s = layer.styles?.get(id);
    if (c || b || s) key += `${name}:${c ?? ''}|${b ? b.map((x) => `${x.text}/${x.title}/${x.tone}`).join(',') : ''}|${s ? JSON.stringify(s) : ''};`;
  }
  return key;
}
