import { useState } from 'react';
import { USER_PALETTE, dismissNameQuestion, getIdentity, setUserColor, setUserName } from './identity';

/**
 * The name and colour others see. A form, not a modal dialog: it takes the keyboard only when
 * the person opened it (`takeFocus`), never on a first visit. Unasked (a first visit), it is
 * marked `first-visit`: on a phone it is then a slim bar under the outline (styles.css), not a
 * card over it.
 */
export function NameDialog({ onClose, takeFocus }: { onClose: () => void; takeFocus: boolean }) {
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
      className={takeFocus ? 'name-dialog' : 'name-dialog first-visit'}
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
      <p className="muted">Shown next to your cursor. Optional; change it any time from your avatar.</p>
      <label htmlFor="presence-name">Name</label>
      <input id="presence-name" autoFocus={takeFocus} maxLength={40} placeholder="e.g. Ada" value={name} onChange={(e) => setName(e.target.value)} />
      <label className="swatch-label">Colour</label>
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
