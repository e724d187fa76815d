import { useState } from 'react';
import { copyText } from './linksApi';

/** A read-only address with a Copy button that says when it worked. */
export function CopyField({ value, label }: { value: string; label: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <div className="copy-field">
      <input readOnly value={value} aria-label={label} onFocus={(e) => e.target.select()} />
      <button type="button" onClick={async () => {
        setState((await copyText(value)) ? 'copied' : 'failed');
        setTimeout(() => setState('idle'), 2000);
      }}>
        {state === 'copied' ? 'Copied ✓' : state === 'failed' ? 'Select and copy' : 'Copy'}
      </button>
    </div>
  );
}
