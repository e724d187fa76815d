import { useEffect, useRef } from 'react';
import { isJunctionId } from '../../core/model';

export interface PendingRelation {
  /** Statement giving the reason or objection ('' when it is the statement still to be created). */
  readonly premise: string;
  /** Statement or `inference:<id>` it relates to ('' when still to be created). */
  readonly target: string;
  readonly screen: { x: number; y: number };
  /** Set when the drag ended on empty canvas: a new statement goes there. */
  readonly newAt?: { x: number; y: number };
}

/**
 * The small popover after a connecting drag: support or attack (keys S / A), join or undercut on
 * inferences. A card dragged onto itself can only attack itself (nothing may support itself).
 */
export function RelationPicker({ pending, onChoose, onCancel }: {
  pending: PendingRelation;
  onChoose: (kind: 'support' | 'attack' | 'join') => void;
  onCancel: () => void;
}) {
  const first = useRef<HTMLButtonElement>(null);
  const onInference = isJunctionId(pending.target);
  const onItself = !!pending.premise && pending.premise === pending.target;
  useEffect(() => first.current?.focus(), []);
  return (
    <div
      className="relation-picker"
      role="dialog"
      aria-label="Choose the relation"
      style={{ left: pending.screen.x + 8, top: pending.screen.y + 8 }}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') onCancel();
        if (e.key === 's' && !onInference && !onItself) onChoose('support');
        if (e.key === 'a') onChoose('attack');
        if (e.key === 'j' && onInference) onChoose('join');
      }}
    >
      {onItself ? (
        <button ref={first} className="attack" onClick={() => onChoose('attack')}>Attacks itself <kbd>A</kbd></button>
      ) : onInference ? (
        <>
          <button ref={first} className="support" onClick={() => onChoose('join')}>Join as co-premise <kbd>J</kbd></button>
          <button className="attack" onClick={() => onChoose('attack')}>Undercut this inference <kbd>A</kbd></button>
        </>
      ) : (
        <>
          <button ref={first} className="support" onClick={() => onChoose('support')}>Supports <kbd>S</kbd></button>
          <button className="attack" onClick={() => onChoose('attack')}>Attacks <kbd>A</kbd></button>
        </>
      )}
      <button className="cancel" onClick={onCancel}>Cancel</button>
    </div>
  );
}
