import { useEffect } from 'react';
import { useWorkspace } from '../modules/workspace/store';

/**
 * Console-wide keys: F9 opens the client search from anywhere; Ctrl+W closes the active
 * client tab; Ctrl+Tab / Ctrl+Shift+Tab cycle the open clients.
 */
export function useGlobalShortcuts(openSearch: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'F9') {
        e.preventDefault();
        openSearch();
        return;
      }
      const ws = useWorkspace.getState();
      if (e.ctrlKey && (e.key === 'w' || e.key === 'W') && ws.view.kind === 'client') {
        e.preventDefault();
        ws.closeClient(ws.view.id);
      } else if (e.ctrlKey && (e.key === 'w' || e.key === 'W') && ws.view.kind === 'contact') {
        e.preventDefault();
        ws.closeContact(ws.view.id);
      } else if (e.ctrlKey && e.key === 'Tab') {
        e.preventDefault();
        ws.cycle(e.shiftKey ? -1 : 1);
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [openSearch]);
}
