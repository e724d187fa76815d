import { useEffect, useState } from 'react';
import type { ArgumentMap } from '../../../core/model';
import { LOCAL_ORIGIN, onDocChange } from '../../../core/sync';
import type { MapStore } from '../../store/mapStore';

const quote = (t: string) => `“${t.length > 60 ? `${t.slice(0, 59)}…` : t}”`;

/** What others changed between two versions of the map, in one sentence for a screen reader. */
export function describeChanges(before: ArgumentMap, after: ArgumentMap): string {
  const old = new Map(before.statements.map((s) => [s.id, s]));
  const now = new Set(after.statements.map((s) => s.id));
  const added = after.statements.filter((s) => !old.has(s.id));
  const removed = before.statements.filter((s) => !now.has(s.id));
  const edited = after.statements.filter((s) => old.has(s.id) && old.get(s.id)!.text !== s.text);
  const parts = [
    ...added.slice(0, 3).map((s) => `added ${quote(s.text || 'a new statement')}`),
    ...edited.slice(0, 3).map((s) => `changed ${quote(s.text)}`),
    ...(removed.length ? [`removed ${removed.length} statement${removed.length === 1 ? '' : 's'}`] : []),
  ];
  const links = after.inferences.length - before.inferences.length;
  if (!parts.length && links) parts.push(`${links > 0 ? 'added' : 'removed'} ${Math.abs(links)} relation${Math.abs(links) === 1 ? '' : 's'}`);
  return parts.length ? `Others ${parts.join(', ')}.` : '';
}

/** Polite announcements of other people's edits, gathered over a second so typing is not read letter by letter. */
export function useAnnouncements(store: MapStore): string {
  const [message, setMessage] = useState('');
  useEffect(() => {
    // The map as last announced (or as changed here); others' edits are described against it.
    let base: ArgumentMap = store.state.getState().map;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onChange = (origin: unknown) => {
      if (origin === LOCAL_ORIGIN) {
        if (!timer) base = store.state.getState().map;
        return;
      }
      timer ??= setTimeout(() => {
        timer = undefined;
        const now = store.state.getState().map;
        const text = describeChanges(base, now);
        base = now;
        if (text) setMessage(text);
      }, 1000);
    };
    const offChanges = onDocChange(store.doc, onChange);
    return () => {
      clearTimeout(timer);
      offChanges();
    };
  }, [store]);
  return message;
}
