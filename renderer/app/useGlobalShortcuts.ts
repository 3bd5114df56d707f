import { useEffect } from 'react';
import { useWorkspace } from '../modules/workspace/store';
import { globalActionFor } from './shortcuts';

/**
 * Console-wide keys, dispatched from the shortcut list (shortcuts.ts): F9 opens the client
 * search from anywhere; "?" / F1 the shortcut sheet; Ctrl+W closes the active client or contact
 * tab; Ctrl+Tab / Ctrl+Shift+Tab cycle the open clients.
 */
export function useGlobalShortcuts(openSearch: () => void, openHelp: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = globalActionFor(e);
      if (!action) return;
      const ws = useWorkspace.getState();
      if (action === 'search.open') {
        e.preventDefault();
        openSearch();
      } else if (action === 'help.open') {
        e.preventDefault();
        openHelp();
      } else if (action === 'workspace.close' && ws.view.kind === 'client') {
        e.preventDefault();
        ws.closeClient(ws.view.id);
      } else if (action === 'workspace.close' && ws.view.kind === 'contact') {
        e.preventDefault();
        ws.closeContact(ws.view.id);
      } else if (action === 'workspace.next' || action === 'workspace.previous') {
        e.preventDefault();
        ws.cycle(action === 'workspace.next' ? 1 : -1);
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [openSearch, openHelp]);
}
