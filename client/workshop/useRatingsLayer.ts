import { useEffect } from 'react';
import { aggregateRatings } from '../../core/workshop';
import type { MapStore } from '../store/mapStore';
import { buildRatingsLayer } from './layers';
import { resolveScope } from './scope';
import { getWorkshopUi } from './workshopUi';

/**
 * The consensus / controversy colouring: recomputed whenever ratings arrive or the view
 * changes, shown as the `ratings` canvas layer. A badge click opens the Results panel.
 */
export function useRatingsLayer(store: MapStore): void {
  useEffect(() => {
    const ui = getWorkshopUi(store);
    let lastKey = '';
    const paint = () => {
      const { ratingsView, scope } = ui.getState();
      const { map } = store.state.getState();
      // The map object changes on every keystroke; repaint (and re-render the cards) only when the result would differ.
      const key = JSON.stringify([ratingsView, scope, map.workshop?.ratings, map.workshop?.rounds, map.statements.map((s) => s.id)]);
      if (key === lastKey) return;
      lastKey = key;
      if (ratingsView === 'off') return store.setLayer('ratings', undefined);
      const summaries = aggregateRatings(map.workshop?.ratings ?? [], resolveScope(scope, map.workshop));
      store.setLayer('ratings', buildRatingsLayer(map, summaries, ratingsView, (id) => {
        store.select([id]);
        store.state.setState({ panel: 'workshop' });
      }));
    };
    paint();
    const stopMap = store.state.subscribe((s, p) => (s.map.workshop !== p.map.workshop || s.map.statements !== p.map.statements) && paint());
    const stopUi = ui.subscribe((s, p) => (s.ratingsView !== p.ratingsView || s.scope !== p.scope) && paint());
    return () => {
      stopMap();
      stopUi();
      store.setLayer('ratings', undefined);
    };
  }, [store]);
}
