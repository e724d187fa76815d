import { useEffect } from 'react';
import { useStore } from 'zustand';
import { LOCAL_ORIGIN, onDocChange } from '../../core/sync';
import { useEditor } from '../EditorContext';
import { dismissNameQuestion } from './identity';
import { NameDialog } from './NameDialog';
import { getPresenceUi } from './presenceUi';

/**
 * The name card, in the corner of the canvas (never over the panels). On a first visit it
 * waits without taking the keyboard, so shortcuts and typing on the canvas work while it is
 * shown; it goes away (for good in this browser) once the person starts working: selects,
 * opens a text box or edits. The avatar reopens it.
 */
export function NamePrompt() {
  const { store, connection } = useEditor();
  const ui = getPresenceUi(connection.provider.awareness);
  const mode = useStore(ui, (s) => s.nameDialog);
  useEffect(() => {
    if (mode === 'closed') return;
    const close = () => {
      dismissNameQuestion();
      ui.setState({ nameDialog: 'closed' });
    };
    const offState = store.state.subscribe((s, p) => {
      if ((s.selected !== p.selected && s.selected.size > 0) || (s.editingId && !p.editingId)) close();
    });
    const offChanges = onDocChange(store.doc, (origin) => {
      if (origin === LOCAL_ORIGIN) close();
    });
    return () => {
      offState();
      offChanges();
    };
  }, [mode, store, ui]);
  if (mode === 'closed') return null;
  return <NameDialog takeFocus={mode === 'open'} onClose={() => ui.setState({ nameDialog: 'closed' })} />;
}
