import type { Bridge } from './bridge';

const SESSION_KEY = 'central.session';

/** One id per browser tab, kept across reloads (sessionStorage) like an Electron window's id. */
function sessionId(): string {
  let id = sessionStorage.getItem(SESSION_KEY);
  if (!id) {
    id = crypto.randomUUID();
    sessionStorage.setItem(SESSION_KEY, id);
  }
  return id;
}

/** The web shell's stand-in for preload: same calls, over fetch and server-sent events. */
export function createWebBridge(): Bridge {
  const token = document.querySelector<HTMLMetaElement>('meta[name="central-token"]')?.content ?? '';
  const session = sessionId();
  const listeners = new Map<string, Set<(p: unknown) => void>>();
  let source: EventSource | null = null;

  const ensureEvents = () => {
    if (source) return;
    source = new EventSource(
      `/api/events?token=${encodeURIComponent(token)}&session=${encodeURIComponent(session)}`,
    );
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
            'x-central-session': session,
          },
          body: JSON.stringify(input ?? {}),
        });
        if (res.status === 403) {
          return {
            ok: false,
            error: {
              code: 'FORBIDDEN',
              message: 'Acesso recusado pelo servidor local. Recarregue a página.',
            },
          };
        }
        return (await res.json()) as unknown;
      } catch {
        return {
          ok: false,
          error: {
            code: 'INTERNAL',
            message: 'Sem comunicação com o serviço local da Central de Atendimento.',
          },
        };
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
