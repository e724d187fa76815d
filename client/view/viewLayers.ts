import type { Badge, Layer } from '../store/layers';

/** The 'collapse' layer: a stacked look and a "+N hidden" badge (click: expand) on each collapsed statement. */
export function createCollapseLayer(counts: ReadonlyMap<string, number>, expand: (id: string) => void): Layer | undefined {
  if (counts.size === 0) return undefined;
  const classes = new Map<string, string>();
  const badges = new Map<string, readonly Badge[]>();
  for (const [id, n] of counts) {
    classes.set(id, 'collapsed-branch');
    badges.set(id, [{
      text: n > 0 ? `+${n} hidden` : 'collapsed',
      title: `${n === 1 ? '1 statement' : `${n} statements`} of this branch hidden: expand the branch`,
      tone: 'collapsed',
      onClick: () => expand(id),
    }]);
  }
  return { classes, badges };
}

/**
 * The 'search' layer: every shown match gets a dashed outline and a numbered badge (click: go
 * there); the current one a solid outline and "n of m". Not colour alone.
 */
export function createSearchLayer(matches: readonly string[], current: number, goTo: (index: number) => void): Layer | undefined {
  if (matches.length === 0) return undefined;
  const classes = new Map<string, string>();
  const badges = new Map<string, readonly Badge[]>();
  matches.forEach((id, i) => {
    const isCurrent = i === current;
    classes.set(id, isCurrent ? 'search-match search-current' : 'search-match');
    badges.set(id, [{
      text: isCurrent ? `⌕ ${i + 1} of ${matches.length}` : `⌕ ${i + 1}`,
      title: `Search match ${i + 1} of ${matches.length}${isCurrent ? '' : ': go to it'}`,
      tone: isCurrent ? 'search-current' : 'search',
      onClick: () => goTo(i),
    }]);
  });
  return { classes, badges };
}
