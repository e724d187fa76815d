import { useEffect } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { ActionContext } from '../../actions/action';

/** Where a dropped file is taken: the canvas, or the drop area of the Export panel. */
const DROP_TARGETS = '.canvas, .import-drop';

const targetOf = (e: DragEvent): HTMLElement | null =>
  e.target instanceof Element ? (e.target.closest(DROP_TARGETS) as HTMLElement | null) : null;
const carriesFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');

/**
 * Drop a file on the canvas to add its map to this one. Listens on the document and picks
 * drops that land on the canvas, so it needs no change to the canvas component and survives
 * its re-renders. Safe to use from more than one component: the first handler of a drop
 * claims it (preventDefault) and the others leave it alone.
 */
export function useFileDrop(ctx: ActionContext): void {
  const flow = useReactFlow();
  useEffect(() => {
    let marked: HTMLElement | null = null;
    const mark = (el: HTMLElement | null) => {
      if (marked === el) return;
      marked?.removeAttribute('data-file-drop');
      el?.setAttribute('data-file-drop', 'over');
      marked = el;
    };
    const onOver = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      const target = targetOf(e);
      // Anywhere else in the editor a dropped file would make the browser leave the map to open it.
      e.preventDefault();
      e.dataTransfer!.dropEffect = target ? 'copy' : 'none';
      mark(target);
    };
    const onLeave = (e: DragEvent) => {
      if (!e.relatedTarget || !(e.relatedTarget instanceof Node) || !marked?.contains(e.relatedTarget)) mark(null);
    };
    const onDrop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      const target = targetOf(e);
      mark(null);
      if (e.defaultPrevented) return;
      e.preventDefault();
      const file = e.dataTransfer!.files[0];
      if (!target || !file) return;
      // The parsers load on the first drop, not with the first screen.
      const others = e.dataTransfer!.files.length - 1;
      void import('./importFile').then(({ importFileIntoMap, revealStatements }) =>
        importFileIntoMap(ctx, file, others).then(({ ids }) => revealStatements(flow, ids)),
      );
    };
    const onEnd = () => mark(null);
    document.addEventListener('dragover', onOver);
    document.addEventListener('dragleave', onLeave);
    document.addEventListener('drop', onDrop);
    document.addEventListener('dragend', onEnd);
    return () => {
      mark(null);
      document.removeEventListener('dragover', onOver);
      document.removeEventListener('dragleave', onLeave);
      document.removeEventListener('drop', onDrop);
      document.removeEventListener('dragend', onEnd);
    };
  }, [ctx, flow]);
}
