import { useEffect } from 'react';
import type { View } from '../modules/workspace/store';

/** About two seconds of frames: a client screen still loading gets its heading within that. */
const MAX_FRAMES = 150;

/**
 * A screen that opens takes the keyboard focus on its heading (the client's name in the client
 * header), so Tab continues into it instead of from the page body. Waits for the heading to exist
 * and for a closing dialog (F9) to hand focus back first; keeps a focus the user already moved into
 * the screen, and the focus of the top bar's tab list.
 */
export function useFocusScreen(view: View): void {
  const key = view.kind === 'client' || view.kind === 'contact' ? `${view.kind}:${view.id}` : view.kind;
  useEffect(() => {
    let cancelled = false;
    let frames = 0;
    const tick = () => {
      if (cancelled) return;
      const main = document.querySelector<HTMLElement>('main');
      const heading = main?.querySelector<HTMLElement>('h1');
      if (!main || !heading || document.querySelector('[aria-modal="true"]')) {
        if (++frames < MAX_FRAMES) requestAnimationFrame(tick);
        return;
      }
      // After the closing dialog's own focus return (a zero timeout in Radix).
      setTimeout(() => {
        const active = document.activeElement;
        if (cancelled || !active) return;
        // Focus already in the screen, or on the top bar's tabs (arrows go from tab to tab): left there.
        if ((active !== document.body && main.contains(active)) || active.getAttribute('role') === 'tab')
          return;
        if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
        heading.focus();
      }, 0);
    };
    requestAnimationFrame(tick);
    return () => {
      cancelled = true;
    };
  }, [key]);
}
