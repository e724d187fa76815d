import type { Badge, Layer } from '../store/layers';

/**
 * What each participant shares in Yjs awareness (never in the document): who they are, where
 * their pointer is, what they have selected or are typing into, their viewport (for "follow")
 * and the statements they are dragging right now. Positions are flow coordinates.
 */
export interface PresenceState {
  readonly user: { readonly name: string; readonly color: string };
  readonly cursor: Point | null;
  readonly selection: readonly string[];
  readonly editing: string | null;
  readonly viewport: Viewport | null;
  readonly drag: Readonly<Record<string, Point>> | null;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** The visible part of the canvas: React Flow's transform and the pane's size in pixels. */
export interface Viewport extends Point {
  readonly zoom: number;
  readonly width: number;
  readonly height: number;
}

export interface Peer extends PresenceState {
  readonly clientId: number;
}

export const MAX_SHARED_SELECTION = 100;
const COLOR = /^#[0-9a-f]{6}$/i;
const FALLBACK_COLOR = '#6b6b70';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const readPoint = (v: unknown): Point | null => (isObject(v) && isNum(v.x) && isNum(v.y) ? { x: v.x, y: v.y } : null);

/**
 * Reads another client's awareness state. It comes from the network: anything malformed is
 * dropped field by field, and a state without a user is not a participant (undefined).
 */
export function readPresence(raw: unknown): PresenceState | undefined {
  if (!isObject(raw) || !isObject(raw.user)) return undefined;
  const name = typeof raw.user.name === 'string' ? raw.user.name.slice(0, 40) : '';
  const color = typeof raw.user.color === 'string' && COLOR.test(raw.user.color) ? raw.user.color : FALLBACK_COLOR;
  const vp = raw.viewport;
  const viewport = isObject(vp) && isNum(vp.x) && isNum(vp.y) && isNum(vp.zoom) && vp.zoom > 0 && isNum(vp.width) && isNum(vp.height)
    ? { x: vp.x, y: vp.y, zoom: vp.zoom, width: vp.width, height: vp.height }
    : null;
  let drag: Record<string, Point> | null = null;
  if (isObject(raw.drag)) {
    for (const [id, p] of Object.entries(raw.drag).slice(0, MAX_SHARED_SELECTION)) {
      const point = readPoint(p);
      if (point) (drag ??= {})[id] = point;
    }
  }
  return {
    user: { name, color },
    cursor: readPoint(raw.cursor),
    selection: Array.isArray(raw.selection) ? raw.selection.filter((s): s is string => typeof s === 'string').slice(0, MAX_SHARED_SELECTION) : [],
    editing: typeof raw.editing === 'string' ? raw.editing : null,
    viewport,
    drag,
  };
}

/** The other participants, in a stable order (by when they joined, roughly: client ids are random). */
export function getPeers(states: ReadonlyMap<number, unknown>, selfId: number): Peer[] {
  const peers: Peer[] = [];
  for (const [clientId, raw] of states) {
    if (clientId === selfId) continue;
    const p = readPresence(raw);
    if (p) peers.push({ ...p, clientId });
  }
  return peers.sort((a, b) => a.clientId - b.clientId);
}

/** A participant's name for labels ("Guest" until they choose one). */
export const getDisplayName = (p: { user: { name: string } }) => p.user.name || 'Guest';

/** One or two letters for an avatar: "Ada Lovelace" → "AL", "ada" → "A". */
export function getInitials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const letters = words.length === 1 ? [...words[0]].slice(0, 1) : [[...words[0]][0], [...words[words.length - 1]][0]];
  return letters.join('').toUpperCase();
}

/**
 * The canvas decorations presence adds: each statement others have selected gets a ring per
 * participant in their colour and a badge with their name; one they are typing into gets
 * "✎ Name". Only the parts that change rarely (not cursors), so statements re-render rarely.
 */
export function buildPresenceLayer(peers: readonly Peer[]): Layer {
  const rings = new Map<string, string[]>();
  const badges = new Map<string, Badge[]>();
  const styles = new Map<string, Record<string, string>>();
  const add = (id: string, badge: Badge, color: string) => {
    badges.set(id, [...(badges.get(id) ?? []), badge]);
    rings.set(id, [...(rings.get(id) ?? []), color]);
  };
  for (const p of peers) {
    const name = getDisplayName(p);
    if (p.editing) add(p.editing, { text: `✎ ${name}`, title: `${name} is editing this statement`, tone: 'presence' }, p.user.color);
    for (const id of p.selection) {
      if (id === p.editing) continue;
      add(id, { text: name, title: `Selected by ${name}`, tone: 'presence' }, p.user.color);
    }
  }
  for (const [id, colors] of rings) {
    const unique = [...new Set(colors)];
    styles.set(id, {
      boxShadow: unique.map((c, i) => `0 0 0 ${3 * (i + 1)}px ${c}`).join(', '),
      '--presence-color': unique[0],
    });
  }
  return { badges, styles };
}

/** A key that changes exactly when buildPresenceLayer's result would. */
export function getPresenceLayerKey(peers: readonly Peer[]): string {
  return JSON.stringify(peers.map((p) => [p.user.name, p.user.color, p.editing, p.selection]));
}
