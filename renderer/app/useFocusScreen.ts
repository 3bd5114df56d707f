import { useLayoutEffect } from 'react';
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
  // A layout effect: a screen already built (Ctrl+Tab back to a client) gets the focus in the
  // commit that shows it, not a frame or two later with a second paint for the focus ring.
  useLayoutEffect(() => {
    let cancelled = false;
    let frames = 0;
    const focusNow = (main: HTMLElement, heading: HTMLElement) => {
      const active = document.activeElement;
      if (!active) return;
      // Focus already in the screen, or on the top bar's tabs (arrows go from tab to tab): left there.
      if ((active !== document.body && main.contains(active)) || active.getAttribute('role') === 'tab')
        return;
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      heading.focus();
    };
    const main0 = document.querySelector<HTMLElement>('main');
    const heading0 = main0?.querySelector<HTMLElement>('h1');
    if (main0 && heading0 && !document.querySelector('[aria-modal="true"]')) focusNow(main0, heading0);
    // Checked again after the frame: a dialog closing in this commit hands its focus back later.
    const tick = () => {
      if (cancelled) return;
      const main = document.querySelector<HTMLElement>('main');
      const heading = main?.querySelector<HTMLElement>('h1');
      if (!main || !heading || document.querySelector('[aria-modal="true"]')) {
        if (++frames < MAX_FRAMES) requestAnimationFrame(tick);
        return;
      }
      // After the closing dialog's own focus return (a zero timeout in Radix). A dialog opened in
      // between (F9 pressed as the restored client appears) keeps its focus: wait for it again.
      setTimeout(() => {
        if (cancelled) return;
        if (document.querySelector('[aria-modal="true"]')) requestAnimationFrame(tick);
        else focusNow(main, heading);
      }, 0);
    };
    requestAnimationFrame(tick);
    return () => {
      cancelled = true;
    };
  }, [key]);
}
