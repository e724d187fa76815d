import { describe, expect, it } from 'vitest';
import { adoptUserNodes, getNodesInside } from '@xyflow/system';
import { getPositions, projectMap } from '../../client/canvas/projection';
import { seedMap } from './viewFixtures';

/**
 * React Flow renders every node it has neither measured nor been told the size and handles of,
 * in view or not, just to measure it. Opening a big map must draw only the cards in view.
 */
describe('canvas projection', () => {
  for (const direction of ['TB', 'LR'] as const) {
    it(`gives every node a size and handles before it is drawn (${direction}), so only nodes in view render`, () => {
      const map = { ...seedMap(), direction };
      const { nodes } = projectMap(map, getPositions(map, new Map()), new Set());
      for (const n of nodes) {
        expect(n.measured?.width, n.id).toBeGreaterThan(0);
        expect(n.handles?.map((h) => h.type).sort(), n.id).toEqual(['source', 'target']);
      }
      const card = nodes.find((n) => n.type === 'statement')!;
      const [target, source] = ['target', 'source'].map((t) => card.handles!.find((h) => h.type === t)!);
      // Premises connect at the top (TB) or left (LR) edge, conclusions at the bottom or right.
      if (direction === 'TB') expect(target.y).toBeGreaterThan(source.y);
      else expect(target.x).toBeGreaterThan(source.x);
      // React Flow's own rule for which nodes to draw, on a small view at the map's corner.
      const lookup = new Map();
      adoptUserNodes(nodes, lookup, new Map());
      const inView = getNodesInside(lookup, { x: 0, y: 0, width: 400, height: 300 }, [0, 0, 1], true);
      expect(inView.length).toBeLessThan(nodes.length / 4);
    });
  }
});
