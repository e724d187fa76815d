import { useState } from 'react';
import type { ArgumentMap, Source } from '../../../core/model';

/** Removes a source after confirmation; refuses while statements are anchored to it. */
export function RemoveSource({ map, source, onRemove }: { map: ArgumentMap; source: Source; onRemove: () => void }) {
  const [asking, setAsking] = useState(false);
  const anchored = map.statements.filter((s) => s.anchors.some((a) => a.source === source.id));
  const anchors = anchored.reduce((n, s) => n + s.anchors.filter((a) => a.source === source.id).length, 0);
  if (!asking) return <button type="button" className="quiet" onClick={() => setAsking(true)}>Remove…</button>;
  if (anchors > 0) {
    return (
      <div className="source-confirm" role="alert">
        <p>
          “{source.title}” cannot be removed: {anchors} {anchors === 1 ? 'anchor' : 'anchors'} in {anchored.length}{' '}
          {anchored.length === 1 ? 'statement point' : 'statements point'} into it. Remove those anchors first.
        </p>
        <button type="button" onClick={() => setAsking(false)}>OK</button>
      </div>
    );
  }
  return (
    <div className="source-confirm" role="alertdialog" aria-label="Confirm removal">
      <p>Remove “{source.title}” from this map? (Undo brings it back.)</p>
      <button type="button" className="danger" onClick={() => { setAsking(false); onRemove(); }}>Remove</button>
      <button type="button" onClick={() => setAsking(false)}>Cancel</button>
    </div>
  );
}
