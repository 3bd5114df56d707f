import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The values of the tabs a sideways-scrolling strip is hiding right now (cut by its edges), so
 * they can be offered in a menu instead of only behind a scroll the user may never notice. The
 * active tab is kept in view.
 */
export function useHiddenTabs(listRef: RefObject<HTMLElement | null>, active: string): string[] {
  const [hidden, setHidden] = useState<string[]>([]);
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const measure = () => {
      const box = list.getBoundingClientRect();
      const cut = Array.from(list.querySelectorAll<HTMLElement>('[role="tab"]'))
        .filter((t) => {
          const r = t.getBoundingClientRect();
          return r.left < box.left - 1 || r.right > box.right + 1;
        })
        .map((t) => t.dataset.value ?? '');
      setHidden((prev) => (prev.join('\n') === cut.join('\n') ? prev : cut));
    };
    list
      .querySelector<HTMLElement>('[role="tab"][data-state="active"]')
      ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    measure();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(list);
    list.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer?.disconnect();
      list.removeEventListener('scroll', measure);
    };
  }, [listRef, active]);
  return hidden;
}
