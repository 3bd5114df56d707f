/**
 * A worker's ERP HTTP, two ways, both under the core's one ERP circuit breaker:
 * - its own (the undici port, i.e. the web shell, tests and tools): the worker builds the same
 *   port from the main port's proxy variables and company root (`HttpPort.forWorker`) and makes
 *   the requests itself; the main thread only admits each exchange through the breaker and hears
 *   its outcome, two small messages, so no body is ever received, decoded or copied there;
 * - relayed (Chromium's port in Electron, whose network stack answers on the main thread only:
 *   system proxy, PAC, Windows certificates): the main thread makes the request and moves the
 *   body's bytes to the worker (a transferred ArrayBuffer, not decoded to text on this thread);
 *   the worker decodes, parses and validates.
 * Either way a non-2xx status or a transport error becomes the ErpFailure the gateway would have
 * made, so the worker's retry policy and the breaker see the same kinds as inline.
 */
import type { Core } from '../core-types';
import { classifyHttpError, classifyHttpStatus } from '../gateways/erp/erp-errors';
import type {
  HttpClient,
  HttpClientOptions,
  HttpPort,
  HttpRequestInit,
  WorkerPortSpec,
} from '../gateways/http/http-port';
import type { Breaker } from '../gateways/resilience';
import { fromWire, toWire } from './worker-errors';
import { withTransfer, type Transferred, type WireError } from './worker-protocol';
import type { TaskContext } from './worker-runtime';

/** How the worker reaches the ERP: decided on the main thread from the core's port. */
export type WorkerHttp = { mode: 'own'; port: WorkerPortSpec } | { mode: 'relay'; kind: HttpPort['kind'] };

export const workerHttpFor = (port: HttpPort): WorkerHttp => {
  const spec = port.forWorker?.();
  return spec ? { mode: 'own', port: spec } : { mode: 'relay', kind: port.kind };
};

export interface HttpCall {
  kind: 'http';
  client: HttpClientOptions;
  url: string;
  init: HttpRequestInit;
}

/** The worker asks to start one exchange; the answer is its ticket, or the breaker's fast failure. */
export interface BreakerEnter {
  kind: 'breaker-enter';
}

/** The exchange's outcome (null: answered), so the breaker counts it as if it had run it. */
export interface BreakerExit {
  kind: 'breaker-exit';
  ticket: number;
  error: WireError | null;
}

export interface HttpAnswer {
  status: number;
  body: ArrayBuffer;
}

/** Worker side, relayed: a port whose fetch is answered by the main thread (ErpFailure on any failure). */
export function relayedHttpPort(ctx: TaskContext, kind: HttpPort['kind']): HttpPort {
  const utf8 = new TextDecoder();
  return {
    kind,
    client: (options) => ({
      async fetch(url, init) {
        const answer = await ctx.call<HttpAnswer>({
          kind: 'http',
          client: options,
          url,
          init,
        } satisfies HttpCall);
        return {
          status: answer.status,
          text: async () => utf8.decode(answer.body),
          arrayBuffer: async () => answer.body,
        };
      },
      close() {},
    }),
  };
}

/**
 * Worker side, own HTTP: every try passes the main thread's breaker. An open circuit refuses
 * the ticket (the same "ERP indisponível" failure, no request sent); the outcome goes back so
 * consecutive outages open it and a half-open probe closes it, as for the main thread's calls.
 */
export function relayedBreaker(ctx: TaskContext): Breaker {
  return {
    async execute(fn) {
      const ticket = await ctx.call<number>({ kind: 'breaker-enter' } satisfies BreakerEnter);
      let error: WireError | null = null;
      try {
        return await fn();
      } catch (e) {
        error = toWire(e);
        throw e;
      } finally {
        void ctx.call({ kind: 'breaker-exit', ticket, error } satisfies BreakerExit).catch(() => undefined);
      }
    },
    // Only the main thread's breaker has a state to show.
    availability: () => ({ state: 'available', retryAt: null, message: null }),
  };
}

/** Main side: answers the worker's HTTP relay and breaker calls for one run. */
export function erpHttpServer(
  core: Core,
  baseUrl: string,
): { serve: (p: unknown) => Promise<Transferred | number | null>; close(): void } {
  const clients = new Map<string, HttpClient>();
  const clientFor = (options: HttpClientOptions): HttpClient => {
    const key = JSON.stringify(options);
    let client = clients.get(key);
    if (!client) clients.set(key, (client = core.http.client(options)));
    return client;
  };
  const exchanges = new Map<number, { answered(): void; failed(e: Error): void }>();
  let tickets = 0;

  const enter = () =>
    new Promise<number>((admitted, refused) => {
      const ticket = ++tickets;
      let inside = false;
      core.erpBreaker
        .execute(
          () =>
            new Promise<null>((answered, failed) => {
              inside = true;
              exchanges.set(ticket, { answered: () => answered(null), failed });
              admitted(ticket);
            }),
        )
        // Refused before the exchange (open circuit): the worker gets the fast failure. After
        // it, the outcome was the worker's own and it already has it.
        .catch((e: unknown) => {
          if (!inside) refused(e);
        });
    });

  const exit = (call: BreakerExit) => {
    const exchange = exchanges.get(call.ticket);
    exchanges.delete(call.ticket);
    if (call.error) exchange?.failed(fromWire(call.error));
    else exchange?.answered();
    return null;
  };

  const relay = async (call: HttpCall) => {
    const client = clientFor(call.client);
    return core.erpBreaker.execute(async () => {
      try {
        const res = await client.fetch(call.url, call.init);
        if (res.status < 200 || res.status > 299) throw classifyHttpStatus(res.status, await res.text());
        const body = await res.arrayBuffer();
        return withTransfer({ status: res.status, body } satisfies HttpAnswer, [body]);
      } catch (e) {
        throw classifyHttpError(e, { baseUrl, timeoutMs: call.client.timeoutMs });
      }
    });
  };

  return {
    serve: async (payload) => {
      const call = payload as HttpCall | BreakerEnter | BreakerExit;
      if (call.kind === 'breaker-enter') return enter();
      if (call.kind === 'breaker-exit') return exit(call);
      return relay(call);
    },
    close: () => {
      for (const c of clients.values()) c.close();
      // A worker that died inside an exchange never told its outcome: it proves nothing about the ERP.
      for (const exchange of exchanges.values()) exchange.failed(new Error('worker ended'));
      exchanges.clear();
    },
  };
}
