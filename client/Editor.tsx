import { useEffect, useMemo, useState } from 'react';
import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { openMapConnection, type MapConnection } from './net/connection';
import { getCloseMessage } from './net/reconnect';
import { useConnectionStatus } from './net/useConnectionStatus';
import { createMapStore } from './store/mapStore';
import { EditorContext, createEditorApi, type EditorApi } from './EditorContext';
import { EmptyHint } from './canvas/EmptyHint';
import { Canvas } from './canvas/Canvas';
import type { ActionContext } from './actions/action';
import { useShortcuts } from './actions/useShortcuts';
import { useDefaultPanel } from './panels/source/useDefaultPanel';
import { useNarrowDefault } from './panels/outline/useNarrowDefault';
import { useClipboard } from './actions/useClipboard';
import { useFileDrop } from './panels/export/useFileDrop';
import { Toolbar } from './panels/Toolbar';
import { HelpOverlay } from './panels/HelpOverlay';
import { SidePanel } from './panels/SidePanel';
import { useTheme } from './panels/useTheme';
import { applyAccess } from './net/access';
import { AccessBanner } from './panels/share/AccessBanner';
import { ViewControls } from './view/ViewControls';
import { WorkshopRoot } from './workshop/WorkshopRoot';
import { NamePrompt } from './presence/NamePrompt';
import { FIT_HIDDEN_TOO } from './canvas/domCards';

function EditorBody({ api, conn }: { api: EditorApi; conn: MapConnection }) {
  const flow = useReactFlow();
  const [helpOpen, setHelpOpen] = useState(false);
  const [toast, setToast] = useState<{ message: string; at: number } | null>(null);
  useEffect(() => {
    if (!toast) return;
    const t = setTimeout(() => setToast(null), 4000);
    return () => clearTimeout(t);
  }, [toast]);
  // An edit refused where it was made (it would break the map, or the role may not) says why.
  useEffect(() => api.store.state.subscribe((s, prev) => {
    if (s.refused && s.refused !== prev.refused) setToast(s.refused);
  }), [api]);
  const [theme, toggleTheme] = useTheme();
  const sync = useConnectionStatus(conn);
  const title = api.useState((s) => s.map.title);
  useEffect(() => {
    document.title = `${title || 'Map'} — Warrant`;
  }, [title]);
  const ctx: ActionContext = useMemo(() => ({
    store: api.store,
    viewCenter: () => {
      const el = document.querySelector('.react-flow');
      const r = el?.getBoundingClientRect() ?? { left: 0, top: 0, width: window.innerWidth, height: window.innerHeight };
      return flow.screenToFlowPosition({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
    },
    fitView: () => void flow.fitView({ padding: 0.15, duration: 200, ...FIT_HIDDEN_TOO }),
    sizeOf: (id: string) => {
      const m = flow.getInternalNode(id)?.measured;
      return m?.width && m.height ? { width: m.width, height: m.height } : undefined;
    },
    openHelp: () => setHelpOpen(true),
    notify: (message: string) => setToast({ message, at: Date.now() }),
  }), [api, flow]);
  useShortcuts(ctx);
  useNarrowDefault(api.store);
  useDefaultPanel(api.store);
  useClipboard(ctx);
  useFileDrop(ctx);
  return (
    <div className={`editor theme-${theme}`}>
      <Toolbar ctx={ctx} sync={sync} theme={theme} onToggleTheme={toggleTheme} />
      <AccessBanner />
      <main className="workspace">
        <div className="canvas-area">
          <Canvas actionContext={ctx} theme={theme} />
          <EmptyHint />
          <ViewControls ctx={ctx} />
          <WorkshopRoot />
          <NamePrompt />
        </div>
        <SidePanel ctx={ctx} />
      </main>
      {helpOpen && <HelpOverlay onClose={() => setHelpOpen(false)} />}
      {toast && <div className="toast" role="status" key={toast.at}>{toast.message}</div>}
    </div>
  );
}

/** The editor for one map: its connection, its store, and the canvas. */
export function Editor({ mapId }: { mapId: string }) {
  const [state, setState] = useState<{ conn: MapConnection; api: EditorApi } | null>(null);
  const [missing, setMissing] = useState<string | null>(null);
  useEffect(() => {
    const conn = openMapConnection(mapId);
    const api = createEditorApi(createMapStore(mapId, conn.doc), conn);
    const stopAccess = applyAccess(api.store);
    const stopClose = conn.provider.on('close', (e) => {
      const message = getCloseMessage(e);
      if (message) setMissing(message);
    });
    void conn.ready.then((r) => !r.ok && setMissing(r.message));
    setState({ conn, api });
    return () => {
      stopClose();
      stopAccess();
      api.store.destroy();
      conn.destroy();
    };
  }, [mapId]);
  if (missing) {
    return (
      <div className="picker">
        <h1>Map not available</h1>
        <p role="alert">{missing}</p>
        <a href="/">Back to all maps</a>
      </div>
    );
  }
  if (!state) return null;
  return (
    <EditorContext.Provider value={state.api}>
      <ReactFlowProvider>
        <EditorBody api={state.api} conn={state.conn} />
      </ReactFlowProvider>
    </EditorContext.Provider>
  );
}
