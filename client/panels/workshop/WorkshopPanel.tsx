import { useState } from 'react';
import { getOpenRound } from '../../../core/workshop';
import { useEditor } from '../../EditorContext';
import { RateSection } from './RateSection';
import { ReportSection } from './ReportSection';
import { ResultsSection } from './ResultsSection';
import { RoundsSection } from './RoundsSection';
import { WalkthroughSection } from './WalkthroughSection';

const TABS = [
  ['rate', 'Rate', RateSection],
  ['results', 'Results', ResultsSection],
  ['rounds', 'Rounds', RoundsSection],
  ['walkthrough', 'Walkthrough', WalkthroughSection],
  ['report', 'Report', ReportSection],
] as const;
type Tab = (typeof TABS)[number][0];

/** The workshop: rate, see where the room stands, run rounds, walk through the map, report. */
export function WorkshopPanel() {
  const [tab, setTab] = useState<Tab>('rate');
  const open = getOpenRound(useEditor().useState((s) => s.map.workshop));
  const Section = TABS.find(([id]) => id === tab)![2];
  return (
    <div className="ws-panel workshop-panel">
      <nav className="ws-tabs" aria-label="Workshop">
        {TABS.map(([id, label]) => (
          <button key={id} type="button" aria-pressed={tab === id} onClick={() => setTab(id)}>
            {label}{id === 'rounds' && open ? <span className="ws-dot" title="A round is open" aria-label="(a round is open)" /> : null}
          </button>
        ))}
      </nav>
      <Section />
    </div>
  );
}
