import { useEffect } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { getPresenceUi } from '../presence/presenceUi';
import type { MapStore } from '../store/mapStore';
import { buildStepLayer } from './layers';
import { getPresenters, publishPresenting } from './presentation';
import { getWorkshopUi } from './workshopUi';
import { getViewStore } from '../view/viewStore';

const isTyping = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

/**
 * Present mode. The presenter's collapsed branches travel with their step, so followers see
 * their view (collapse is otherwise personal). The presenter's current step is highlighted (the `walkthrough` layer), brought
 * into view on their canvas (by `centerStep`), published in awareness, and moved with → and ← (Escape ends). Whoever
 * follows the presenter (presence follow mode: their viewport comes along) gets the same step
 * highlighted from that published state.
 */
export function usePresentation(store: MapStore, awareness: Awareness, centerStep: (id: string) => void): void {
  useEffect(() => {
    const ui = getWorkshopUi(store);
    const view = getViewStore(store);
    const presence = getPresenceUi(awareness);
    let centred = '';
    let shown = '';
    /** Sets the step layer only when it changes: a new layer re-renders every card. */
    const show = (statement: string | null, step = 0, total = 0, who?: string) => {
      const key = JSON.stringify([statement, step, total, who]);
      if (key === shown) return;
      shown = key;
      store.setLayer('walkthrough', statement ? buildStepLayer(statement, step, total, who) : undefined);
    };
    const update = () => {
      const u = ui.getState();
      const steps = store.state.getState().map.workshop?.walkthrough?.steps ?? [];
      if (u.presenting && steps.length > 0) {
        const step = Math.min(u.step, steps.length - 1);
        const id = steps[step].statement;
        show(id, step, steps.length);
        publishPresenting(awareness, { step, total: steps.length, statement: id, collapsed: [...view.getState().collapsedIds] });
        if (centred !== `${step}|${id}`) {
          centred = `${step}|${id}`;
          centerStep(id);
        }
        return;
      }
      if (u.presenting) return void ui.setState({ presenting: false });
      centred = '';
      publishPresenting(awareness, null);
      const f = u.followed;
      if (f) show(f.statement, f.step, f.total, f.name);
      else show(null);
      shareCollapse(f?.collapsed ?? null);
    };
    /** While following a presenter, this tab shows the branches they collapsed (their view, shared on purpose). */
    const shareCollapse = (ids: readonly string[] | null) => {
      const current = view.getState().sharedCollapse;
      if (ids === null ? current === null : current !== null && current.size === ids.length && ids.every((id) => current.has(id))) return;
      view.setState({ sharedCollapse: ids && new Set(ids) });
    };
    const readFollowed = () => {
      const following = presence.getState().following;
      const p = following === null ? undefined : getPresenters(awareness).find((x) => x.clientId === following);
      const next = p ? { step: p.step, total: p.total, statement: p.statement, name: p.name, collapsed: p.collapsed } : null;
      if (JSON.stringify(next) !== JSON.stringify(ui.getState().followed)) ui.setState({ followed: next });
    };
    const onKey = (e: KeyboardEvent) => {
      if (!ui.getState().presenting || isTyping(e.target) || store.state.getState().editingId || e.ctrlKey || e.metaKey || e.altKey) return;
      const total = store.state.getState().map.workshop?.walkthrough?.steps.length ?? 0;
      const move = ['ArrowRight', 'PageDown'].includes(e.key) ? 1 : ['ArrowLeft', 'PageUp'].includes(e.key) ? -1 : 0;
      if (!move && e.key !== 'Escape') return;
      // Capture phase, ahead of the editor's own arrow-key navigation.
      e.preventDefault();
      e.stopImmediatePropagation();
      if (e.key === 'Escape') ui.setState({ presenting: false });
      else ui.setState((s) => ({ step: Math.max(0, Math.min(total - 1, s.step + move)) }));
    };
    const stopUi = ui.subscribe((s, p) => (s.presenting !== p.presenting || s.step !== p.step || s.followed !== p.followed) && update());
    const stopMap = store.state.subscribe((s, p) => s.map !== p.map && update());
    const stopView = view.subscribe((s, p) => s.collapsedIds !== p.collapsedIds && update());
    const stopPresence = presence.subscribe(readFollowed);
    awareness.on('change', readFollowed);
    window.addEventListener('keydown', onKey, { capture: true });
    update();
    readFollowed();
    return () => {
      stopUi();
      stopMap();
      stopView();
      stopPresence();
      awareness.off('change', readFollowed);
      window.removeEventListener('keydown', onKey, { capture: true });
      publishPresenting(awareness, null);
      store.setLayer('walkthrough', undefined);
      view.setState({ sharedCollapse: null });
    };
  }, [store, awareness, centerStep]);
}
