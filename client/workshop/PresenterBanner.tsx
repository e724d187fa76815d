import { useStore } from 'zustand';
import { useEditor } from '../EditorContext';
import { getPresenceUi } from '../presence/presenceUi';
import { usePresenters } from './usePresenters';
import { useWorkshopUi } from './useWorkshop';

/** "Ada is presenting the walkthrough. Follow": one click joins their view and their step. */
export function PresenterBanner() {
  const { connection } = useEditor();
  const awareness = connection.provider.awareness;
  const presenters = usePresenters(awareness);
  const following = useStore(getPresenceUi(awareness), (s) => s.following);
  const presenting = useWorkshopUi((s) => s.presenting);
  const first = presenters[0];
  if (!first || presenting || presenters.some((p) => p.clientId === following)) return null;
  return (
    <div className="presenter-banner" role="status">
      <span><strong>{first.name}</strong> is presenting the walkthrough (step {first.step + 1} of {first.total}).</span>
      <button type="button" className="primary" onClick={() => getPresenceUi(awareness).setState({ following: first.clientId })}>Follow {first.name}</button>
    </div>
  );
}
