import { useEffect, useRef } from 'react';
import { allActions } from '../actions/allActions';

const MOUSE = [
  ['Double-click empty canvas', 'New statement there'],
  ['Double-click a statement', 'Edit its text (Enter commits, Shift+Enter new line, Escape cancels)'],
  ['Drag from a statement’s handle onto another', 'New relation: choose Supports (S) or Attacks (A)'],
  ['Drag from a handle onto empty canvas', 'New statement with the relation'],
  ['Drag from a handle onto an inference joint', 'Join as co-premise (J) or undercut (A)'],
  ['Drag from a statement’s outgoing handle onto its own incoming one', 'It attacks itself (drawn as a loop)'],
  ['Shift+drag', 'Select an area'],
];

const pretty = (k: string) => k.replace('mod', navigator.platform.includes('Mac') ? '⌘' : 'Ctrl').split('+').map((p) => p.length === 1 ? p.toUpperCase() : p[0].toUpperCase() + p.slice(1)).join('+');

/** Every shortcut, generated from the action registry so it never drifts from what the keys do. */
export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label="Keyboard shortcuts" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="overlay-card">
        <h2>Keyboard shortcuts</h2>
        <table>
          <tbody>
            {allActions.filter((a) => a.keys).map((a) => (
              <tr key={a.name}><td>{a.keys!.map((k) => <kbd key={k}>{pretty(k)}</kbd>)}</td><td>{a.label}</td></tr>
            ))}
            {MOUSE.map(([k, v]) => <tr key={k}><td>{k}</td><td>{v}</td></tr>)}
          </tbody>
        </table>
        <button ref={ref} onClick={onClose}>Close</button>
      </div>
    </div>
  );
}
