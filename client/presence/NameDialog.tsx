import { useState } from 'react';
import { USER_PALETTE, dismissNameQuestion, getIdentity, setUserColor, setUserName } from './identity';

/** Asks for the name and colour others see (once per browser; reopened from one's own avatar). */
export function NameDialog({ onClose }: { onClose: () => void }) {
  const initial = getIdentity();
  const [name, setName] = useState(initial.name);
  const [color, setColor] = useState(initial.color);
  const save = () => {
    setUserColor(color);
    if (name.trim()) setUserName(name);
    else dismissNameQuestion();
    onClose();
  };
  return (
    <form
      className="name-dialog"
      role="dialog"
      aria-label="Your name and colour"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          dismissNameQuestion();
          onClose();
        }
      }}
    >
      <h2>How should others see you?</h2>
      <p className="muted">Your name appears next to your cursor and what you select. It stays in this browser.</p>
      <label htmlFor="presence-name">Name</label>
      <input id="presence-name" autoFocus maxLength={40} placeholder="e.g. Ada" value={name} onChange={(e) => setName(e.target.value)} />
      <label>Colour</label>
      <div className="swatches" role="radiogroup" aria-label="Your colour">
        {USER_PALETTE.map((c) => (
          <button key={c} type="button" role="radio" aria-checked={c === color} aria-label={c} className="swatch" style={{ background: c }} onClick={() => setColor(c)} />
        ))}
      </div>
      <div className="dialog-actions">
        <button type="submit" className="primary">Save</button>
        <button type="button" onClick={() => { dismissNameQuestion(); onClose(); }}>Not now</button>
      </div>
    </form>
  );
}
