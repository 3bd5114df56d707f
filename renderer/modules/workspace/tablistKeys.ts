import type { KeyboardEvent } from 'react';

/**
 * The top bar is a WAI-ARIA tab list: ←/→ (and Home/End) move to the neighbouring tab and show
 * it (automatic activation, like the client's own tabs), Delete closes the focused client.
 */
export function onTablistKeyDown(e: KeyboardEvent<HTMLElement>): void {
  const list = e.currentTarget;
  const tabs = Array.from(list.querySelectorAll<HTMLElement>('[role="tab"]'));
  const i = tabs.indexOf(document.activeElement as HTMLElement);
  if (i < 0) return;
  const target =
    e.key === 'ArrowRight'
      ? tabs[(i + 1) % tabs.length]
      : e.key === 'ArrowLeft'
        ? tabs[(i - 1 + tabs.length) % tabs.length]
        : e.key === 'Home'
          ? tabs[0]
          : e.key === 'End'
            ? tabs[tabs.length - 1]
            : undefined;
  if (target) {
    e.preventDefault();
    target.focus();
    target.click();
  } else if (e.key === 'Delete') {
    const close = tabs[i]?.parentElement?.querySelector<HTMLElement>('[data-close-tab]');
    if (close) {
      e.preventDefault();
      close.click();
      requestAnimationFrame(() =>
        list.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus(),
      );
    }
  }
}

/**
 * Roving focus: only the shown tab is in the Tab order (or Início, when Configurações shows none);
 * the arrows reach the others.
 */
export const tabProps = (selected: boolean, inTabOrder = selected) =>
  ({ role: 'tab', 'aria-selected': selected, tabIndex: inTabOrder ? 0 : -1 }) as const;
