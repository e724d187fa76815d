import { canEditMap } from '../../../core/policy/roles';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { ArgumentMap } from '../../../core/model';
import { opsToRestore } from '../../../core/history';
import { useEditor } from '../../EditorContext';
import { getDiffLayer, summarizeDiff } from './diffSummary';
import { DiffView, VersionPreview } from './VersionDetail';
import { type VersionInfo, fetchVersionMap, listVersions, saveVersion } from './versionsApi';
import { FIT_HIDDEN_TOO } from '../../canvas/domCards';

type Mode = 'preview' | 'compare';
interface Opened {
  readonly info: VersionInfo;
  readonly map: ArgumentMap;
  readonly mode: Mode;
}

function when(iso: string): string {
  const minutes = Math.round((Date.now() - new Date(iso).getTime()) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const d = new Date(iso);
  const sameDay = d.toDateString() === new Date().toDateString();
  return sameDay ? `today ${d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}` : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

const versionName = (v: VersionInfo) => v.name || (v.auto ? 'Automatic version' : 'Untitled version');

/**
 * Named and automatic versions of the map: save one, preview it, compare it with the map now
 * (listed here and highlighted on the canvas) and restore it, as one ordinary edit that
 * everyone sees and that Ctrl+Z undoes; history is never rewritten.
 */
export function HistoryPanel() {
  const editor = useEditor();
  const { store } = editor;
  const current = editor.useState((s) => s.map);
  const canEdit = editor.useState((s) => canEditMap(s.role));
  const [versions, setVersions] = useState<VersionInfo[] | null>(null);
  const [showAuto, setShowAuto] = useState(true);
  const [name, setName] = useState('');
  const [opened, setOpened] = useState<Opened | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const flow = useReactFlow();

  const reload = useCallback(() => listVersions(store.mapId).then(setVersions, (e: Error) => setError(e.message)), [store.mapId]);
  useEffect(() => void reload(), [reload]);

  const summary = useMemo(() => (opened?.mode === 'compare' ? summarizeDiff(opened.map, current) : null), [opened, current]);
  useEffect(() => {
    store.setLayer('diff', summary ? getDiffLayer(summary) : undefined);
  }, [store, summary]);
  useEffect(() => () => store.setLayer('diff', undefined), [store]);

  const save = async () => {
    setError(null);
    try {
      const info = await saveVersion(store.mapId, name.trim());
      setName('');
      setNotice(`Saved “${info.name}”.`);
      await reload();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const open = async (info: VersionInfo, mode: Mode) => {
    setError(null);
    setNotice(null);
    setConfirming(false);
    if (opened?.info.id === info.id) return setOpened({ ...opened, mode });
    try {
      setOpened({ info, map: await fetchVersionMap(store.mapId, info.id), mode });
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const restore = () => {
    if (!opened) return;
    const ops = opsToRestore(store.state.getState().map, opened.map);
    setConfirming(false);
    if (ops.length === 0) return setNotice('The map already matches this version.');
    store.dispatch(ops);
    setNotice(`Restored “${versionName(opened.info)}”. Everyone sees it now; Undo (Ctrl+Z) takes it back.`);
    setOpened(null);
  };

  const showChanges = () => {
    const ids = summary?.statements.filter((i) => i.change !== 'removed').map((i) => ({ id: i.id })) ?? [];
    if (ids.length > 0) void flow.fitView({ nodes: ids, padding: 0.3, maxZoom: 1, duration: 300, ...FIT_HIDDEN_TOO });
  };

  const shown = versions?.filter((v) => showAuto || !v.auto) ?? [];
  return (
    <div className="history-panel">
      <h2>Versions</h2>
      {canEdit && (
        <form className="save-version" onSubmit={(e) => { e.preventDefault(); if (name.trim()) void save(); }}>
          <input aria-label="Version name" placeholder="Name, e.g. after round 1" maxLength={200}
            value={name} onChange={(e) => setName(e.target.value)} />
          <button type="submit" className="primary" disabled={!name.trim()}>Save version</button>
        </form>
      )}
      {notice && <p className="notice" role="status">{notice}</p>}
      {error && <p className="error" role="alert">{error}</p>}
      <label className="checkbox"><input type="checkbox" checked={showAuto} onChange={(e) => setShowAuto(e.target.checked)} /> Show automatic versions</label>
      {!versions ? <p className="muted">Loading versions…</p> : shown.length === 0 ? (
        <p className="muted">No saved versions yet. {canEdit ? 'Name one above before a big change.' : ''}</p>
      ) : (
        <ul className="version-list" aria-label="Saved versions">
          {shown.map((v) => {
            const isOpen = opened?.info.id === v.id;
            return (
              <li key={v.id} className={`version${v.auto ? ' auto' : ''}${isOpen ? ' open' : ''}`}>
                <div className="version-head">
                  <strong className="version-name">{versionName(v)}</strong>
                  <span className="muted small">{when(v.createdAt)}</span>
                </div>
                <div className="version-actions" role="group" aria-label={`Actions for ${versionName(v)}`}>
                  <button type="button" aria-pressed={isOpen && opened.mode === 'preview'} onClick={() => open(v, 'preview')}>Preview</button>
                  <button type="button" aria-pressed={isOpen && opened.mode === 'compare'} onClick={() => open(v, 'compare')}>Compare</button>
                  {canEdit && <button type="button" onClick={async () => { await open(v, isOpen ? opened.mode : 'compare'); setConfirming(true); }}>Restore…</button>}
                  {isOpen && <button type="button" className="link-button" onClick={() => setOpened(null)}>Close</button>}
                </div>
                {isOpen && confirming && (
                  <div className="confirm" role="alertdialog" aria-label="Restore this version">
                    <span>Make the map look like “{versionName(v)}” again, for everyone? It is one step: Undo takes it back.</span>
                    <button type="button" className="primary" onClick={restore}>Restore this version</button>
                    <button type="button" onClick={() => setConfirming(false)}>Cancel</button>
                  </div>
                )}
                {isOpen && (opened.mode === 'compare' && summary
                  ? <DiffView summary={summary} onShow={(id) => store.select([id], { center: true })} onShowAll={showChanges} />
                  : opened.mode === 'preview' && <VersionPreview map={opened.map} />)}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
