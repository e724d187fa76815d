import { useEffect } from 'react';
import type { ArgumentMap } from '../../core/model';
import type { MapStore } from '../store/mapStore';
import { evaluateAsync } from './evaluateAsync';
import { buildEvaluationLayer } from './layers';
import { getWorkshopUi } from './workshopUi';

/** Milliseconds of quiet before the map is evaluated again (typing is a burst of changes). */
const DEBOUNCE_MS = 150;

/** What the labels depend on: which statements exist and how inferences join them. */
const getStructureKey = (map: ArgumentMap) => `${map.statements.map((s) => s.id).join('\n')}|${JSON.stringify(map.inferences)}`;

/**
 * Live evaluation: re-labels the map (debounced) whenever it or this participant's what-if
 * changes while evaluation is on, and shows the result as the `evaluation` canvas layer.
 */
export function useEvaluationLayer(store: MapStore): void {
  useEffect(() => {
    const ui = getWorkshopUi(store);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let latest = 0;
    let lastKey = getStructureKey(store.state.getState().map);
    const run = () => {
      const { evaluationOn, semantics, accept, reject } = ui.getState();
      const id = ++latest;
      if (!evaluationOn) return void ui.setState({ result: null });
      void evaluateAsync(store.state.getState().map, { semantics, accept, reject }).then((outcome) => {
        if (id !== latest) return;
        ui.setState((s) => ({ result: outcome, extension: Math.min(s.extension, Math.max(0, outcome.labellings.length - 1)) }));
      });
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(run, DEBOUNCE_MS);
    };
    run();
    const stopMap = store.state.subscribe((s, p) => {
      // Ratings, comments and text edits change the map object too; only the structure changes the labels.
      if (s.map === p.map) return;
      const key = getStructureKey(s.map);
      if (key === lastKey) return;
      lastKey = key;
      schedule();
    });
    const stopUi = ui.subscribe((s, p) => {
      if (s.evaluationOn !== p.evaluationOn || s.semantics !== p.semantics || s.accept !== p.accept || s.reject !== p.reject) schedule();
    });
    const paint = () => {
      const { result, extension, dimOut, evaluationOn, semantics } = ui.getState();
      const labelling = result?.labellings[extension];
      if (!evaluationOn || !labelling) return store.setLayer('evaluation', undefined);
      const caption = result.semantics === 'grounded' ? '' : ` in ${semantics} outcome ${extension + 1} of ${result.labellings.length}`;
      store.setLayer('evaluation', buildEvaluationLayer(labelling, { dimOut, caption, onBadge: (id) => ui.setState({ explainId: id }) }));
    };
    paint();
    const stopPaint = ui.subscribe((s, p) => {
      if (s.result !== p.result || s.extension !== p.extension || s.dimOut !== p.dimOut || s.evaluationOn !== p.evaluationOn) paint();
    });
    return () => {
      clearTimeout(timer);
      latest++;
      stopMap();
      stopUi();
      stopPaint();
      store.setLayer('evaluation', undefined);
    };
  }, [store]);
}
