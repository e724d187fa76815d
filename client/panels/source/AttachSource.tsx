import { type FormEvent, useId, useState } from 'react';
import type { Source } from '../../../core/model';
import { checkSourceFile, checkSourceText, normalizeSourceText, readFileAsText } from './sourceInput';
import { createSourceId } from '../../../core/model';

/** Pasted text or a .txt file, with a title, attached to the map as a new source. */
export function AttachSource({ sources, onAttach, onCancel }: {
  sources: readonly Source[];
  onAttach: (source: Source) => void;
  onCancel?: () => void;
}) {
  const id = useId();
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);

  const chooseFile = async (file: File | undefined) => {
    if (!file) return;
    const problem = checkSourceFile(file);
    if (problem) return setError(problem);
    setReading(true);
    try {
      const content = await readFileAsText(file);
      const invalid = checkSourceText(content, `“${file.name}”`);
      if (invalid) return setError(invalid);
      setText(normalizeSourceText(content));
      setTitle((t) => t || file.name.replace(/\.[^.]+$/, ''));
      setError(null);
    } catch (e) {
      setError(`Could not read “${file.name}”: ${(e as Error).message}`);
    } finally {
      setReading(false);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = normalizeSourceText(text);
    const problem = checkSourceText(body);
    if (problem) return setError(problem);
    const name = title.trim() || 'Source text';
    onAttach({ id: createSourceId(name, (id) => sources.some((s) => s.id === id)), title: name, text: body });
  };

  return (
    <form className="attach-source" onSubmit={submit} aria-label="Attach a source text">
      <h2>Attach a source text</h2>
      <p className="muted">The text you are mapping: statements can then be anchored to its words.</p>
      <label htmlFor={`${id}-title`}>Title</label>
      <input id={`${id}-title`} value={title} onChange={(e) => setTitle(e.target.value)} placeholder="e.g. Commentary, 12 January 2022" maxLength={500} />
      <label htmlFor={`${id}-text`}>Text</label>
      <textarea id={`${id}-text`} value={text} rows={10} placeholder="Paste the plain text here…"
        onChange={(e) => { setText(e.target.value); setError(null); }} />
      <label htmlFor={`${id}-file`}>…or choose a .txt file (UTF-8, at most 5 MB)</label>
      <input id={`${id}-file`} type="file" accept=".txt,text/plain" onChange={(e) => void chooseFile(e.target.files?.[0])} />
      {error && <p className="error" role="alert">{error}</p>}
      <div className="attach-actions">
        <button type="submit" className="primary" disabled={reading}>{reading ? 'Reading…' : 'Attach'}</button>
        {onCancel && <button type="button" onClick={onCancel}>Cancel</button>}
      </div>
    </form>
  );
}
