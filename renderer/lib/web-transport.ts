import { failWith } from '../../shared/ipc/result';
import type { Bridge } from './bridge';

/**
 * Where the agent stopped is saved as the window goes away (a tab switch still waiting for its
 * delay): a plain fetch dies with the tab, a keepalive one is finished by the browser. Only this
 * small call: keepalive bodies share a 64 KB budget (the quick notes keep their draft locally).
 */
const SENT_AS_THE_TAB_CLOSES = new Set<string>(['workspace.save']);

/**
 * The web shell's stand-in for preload: same calls, over fetch and server-sent events. The
 * session is the shell's HttpOnly cookie (this script never sees it); the per-run token from the
 * page goes in a header only, never in a URL.
 */
export function createWebBridge(): Bridge {
  const token = document.querySelector<HTMLMetaElement>('meta[name="central-token"]')?.content ?? '';
  const listeners = new Map<string, Set<(p: unknown) => void>>();
  let source: EventSource | null = null;

  const ensureEvents = () => {
    if (source) return;
    source = new EventSource('/api/events');
    source.onmessage = (m: MessageEvent<string>) => {
      const { event, payload } = JSON.parse(m.data) as { event: string; payload: unknown };
      listeners.get(event)?.forEach((l) => l(payload));
    };
  };

  return {
    transport: 'web',
    async invoke(channel, input) {
      try {
        const res = await fetch(`/api/invoke/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'x-central-token': token,
          },
          credentials: 'same-origin',
          body: JSON.stringify(input ?? {}),
          keepalive: SENT_AS_THE_TAB_CLOSES.has(channel),
        });
        if (res.status === 403) return failWith('web.refused');
        return (await res.json()) as unknown;
      } catch {
        return failWith('web.unreachable');
      }
    },
    on(event, listener) {
      ensureEvents();
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => void set.delete(listener);
    },
  };
}
