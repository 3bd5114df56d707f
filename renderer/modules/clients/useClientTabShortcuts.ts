import { useEffect, type RefObject } from 'react';
import { tabForKeyCode, type ClientTabKey } from './clientTabs';

/**
 * Alt+1 … Alt+0 switch tabs from anywhere on the client screen, then focus the chosen tab so
 * the keyboard keeps its place. Ignored while a dialog is open: it would vanish with its tab.
 */
export function useClientTabShortcuts(
  onSelect: (tab: ClientTabKey) => void,
  tabList: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      const tab = tabForKeyCode(e.code);
      if (!tab || document.querySelector('[aria-modal="true"]')) return;
      e.preventDefault();
      onSelect(tab);
      requestAnimationFrame(() =>
        tabList.current?.querySelector<HTMLElement>('[aria-selected="true"]')?.focus(),
      );
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onSelect, tabList]);
}
