import { getRelations } from '../model/relations';
import type { ArgumentMap, Id } from '../model/types';

/**
 * Groups of statements that support each other in a circle: the strongly connected parts of
 * the graph premise → conclusion over support inferences (Tarjan's algorithm, without
 * recursion so that long chains cannot overflow the stack). Each group and the list are in
 * map order. Example: a → b → c → a and c → d give one group [a, b, c]; d is not in it.
 */
export function supportCircles(map: ArgumentMap): Id[][] {
  const ids = map.statements.map((s) => s.id);
  const at = new Map<Id, number>(ids.map((id, i) => [id, i]));
  const relations = getRelations(map);
  const next = ids.map((id) => relations.outOf(id).filter((i) => relations.kind(i) === 'support' && at.has(i.target)).map((i) => at.get(i.target)!));
  const index = new Int32Array(ids.length).fill(-1);
  const low = new Int32Array(ids.length);
  const onStack = new Uint8Array(ids.length);
  const stack: number[] = [];
  const groups: number[][] = [];
  let counter = 0;
  const enter = (v: number) => {
    index[v] = low[v] = counter++;
    stack.push(v);
    onStack[v] = 1;
  };
  for (let root = 0; root < ids.length; root++) {
    if (index[root] !== -1) continue;
    enter(root);
    const work: [number, number][] = [[root, 0]];
    while (work.length) {
      const top = work[work.length - 1];
      const v = top[0];
      if (top[1] < next[v].length) {
        const w = next[v][top[1]++];
        if (index[w] === -1) {
          enter(w);
          work.push([w, 0]);
        } else if (onStack[w]) low[v] = Math.min(low[v], index[w]);
        continue;
      }
      work.pop();
      if (work.length) {
        const u = work[work.length - 1][0];
        low[u] = Math.min(low[u], low[v]);
      }
      if (low[v] !== index[v]) continue;
      const group: number[] = [];
      let w: number;
      do {
        w = stack.pop()!;
        onStack[w] = 0;
        group.push(w);
      } while (w !== v);
      if (group.length > 1) groups.push(group.sort((a, b) => a - b));
    }
  }
  return groups.sort((a, b) => a[0] - b[0]).map((g) => g.map((i) => ids[i]));
}
