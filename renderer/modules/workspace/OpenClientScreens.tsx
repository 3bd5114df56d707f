import { Activity, memo, useInsertionEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { ClientScreen as Screen } from '../clients';

// Re-rendering the shell (a switch) must not re-render the other screens.
const ClientScreen = memo(Screen);
import { useWorkspace } from './store';

/**
 * Every open client the agent has shown stays mounted, so Ctrl+Tab back to it repaints what was
 * there (its tab, scroll, a half-typed note) without building the screen again. Each screen
 * renders into its own element; only the active one is attached to the document, so the page
 * holds one client screen at a time (one `client-name`, one set of landmarks for axe and
 * Playwright), and a hidden one sits in React's `<Activity mode="hidden">`: its effects are
 * disconnected (no query subscriptions, so events refetch nothing behind the agent's back, and no
 * keyboard shortcuts), and showing it again reconnects them and paints from the cache.
 */
export function OpenClientScreens({ activeId }: { activeId: number | null }) {
  const openIds = useWorkspace((s) => s.openClientIds);
  const [shown, setShown] = useState<number[]>([]);
  // The screens worth keeping: those shown at least once that are still open (set while rendering,
  // so a newly active client mounts in this same pass).
  const kept = [...shown, ...(activeId !== null && !shown.includes(activeId) ? [activeId] : [])].filter(
    (id) => id === activeId || openIds.includes(id),
  );
  if (kept.length !== shown.length || kept.some((id, i) => shown[i] !== id)) setShown(kept);

  const homes = useRef(new Map<number, HTMLDivElement>());
  const homeOf = (id: number): HTMLDivElement => {
    let el = homes.current.get(id);
    if (!el) {
      el = document.createElement('div');
      el.className = 'client-screen-home';
      homes.current.set(id, el);
    }
    return el;
  };
  const slot = useRef<HTMLDivElement>(null);
  const attach = () => {
    const host = slot.current;
    if (!host) return;
    const el = activeId === null ? undefined : homes.current.get(activeId);
    if (!el) host.replaceChildren();
    else if (host.firstChild !== el || host.childNodes.length !== 1) host.replaceChildren(el);
  };
  // Attached before any layout effect of the screen runs (an insertion effect runs in the
  // mutation phase), so a screen measuring itself on mount sees its real size; the layout effect
  // covers the first commit, when the slot's ref is not set yet.
  useInsertionEffect(attach);
  useLayoutEffect(attach);
  useLayoutEffect(() => {
    for (const id of [...homes.current.keys()]) if (!kept.includes(id)) homes.current.delete(id);
  });

  return (
    <div ref={slot} className="client-screens" hidden={activeId === null}>
      {kept.map((id) => (
        <Activity key={id} mode={id === activeId ? 'visible' : 'hidden'}>
          {createPortal(<ClientScreen id={id} />, homeOf(id), String(id))}
        </Activity>
      ))}
    </div>
  );
}
