import { EvaluationSection } from './EvaluationSection';
import { LintSection } from './LintSection';
import { WhatIfSection } from './WhatIfSection';

/** Critique: what holds (live evaluation), what if it did not, and what a facilitator would question. */
export function CritiquePanel() {
  return (
    <div className="ws-panel critique-panel">
      <EvaluationSection />
      <WhatIfSection />
      <LintSection />
    </div>
  );
}
