import { canEditMap } from '../../../core/policy/roles';
import type { ReactFlowInstance } from '@xyflow/react';
import { ImportError } from '../../../core/formats';
import type { ActionContext } from '../../actions/action';
import { newId } from '../../actions/ids';
import { getImportOps } from '../../io/importIntoMap';
import { getCardBoxes } from '../../actions/placement';
import { readImportFile } from '../../io/readImportFile';
import { type ImportReport, importReports } from './importReport';
import { FIT_HIDDEN_TOO } from '../../canvas/domCards';

/** Brings freshly imported statements into view once the canvas has drawn them. */
export function revealStatements(flow: ReactFlowInstance<any, any>, ids: readonly string[]): void {
  if (ids.length > 0) setTimeout(() => void flow.fitView({ nodes: ids.map((id) => ({ id })), padding: 0.2, duration: 300, maxZoom: 1, ...FIT_HIDDEN_TOO }), 150);
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Adds the map in a file to the open map as one undoable edit and reports what happened
 * (into the panel and a toast). A bad file changes nothing and says what is wrong with it.
 */
export async function importFileIntoMap(ctx: ActionContext, file: File, otherFiles = 0): Promise<ImportReport & { ids: string[] }> {
  const { store } = ctx;
  const report = (ok: boolean, message: string, notes: readonly string[] = [], ids: string[] = []) => {
    const r = { mapId: store.mapId, fileName: file.name, ok, message, notes, at: Date.now() };
    importReports.setState({ report: r, busy: false });
    ctx.notify(ok ? `${message} Undo takes it all back.` : message);
    return { ...r, ids };
  };
  if (!canEditMap(store.state.getState().role)) return report(false, 'Your link can look at this map but not change it, so nothing was imported.');
  importReports.setState({ busy: true });
  try {
    const parsed = await readImportFile(file);
    // Read the map after the await: others may have edited it meanwhile.
    const { map } = store.state.getState();
    const plan = getImportOps(map, parsed.map, newId, parsed.notes, ctx.viewCenter(), getCardBoxes(map, ctx.sizeOf));
    store.dispatch(plan.ops);
    store.select(plan.ids);
    const relations = parsed.map.inferences.length;
    const message = `Added ${plural(plan.ids.length, 'statement')}${relations ? ` and ${plural(relations, 'relation')}` : ''} from “${file.name}” (${parsed.format.label}).`;
    const skipped = otherFiles > 0 ? [`${plural(otherFiles, 'other file was', 'other files were')} not imported: add one file at a time`] : [];
    return report(true, message, [...plan.notes, ...skipped], plan.ids);
  } catch (e) {
    if (e instanceof ImportError) return report(false, e.message);
    console.error('[import]', e);
    return report(false, `“${file.name}” could not be imported: ${(e as Error).message}`);
  }
}
