/**
 * HTTP of a worker's gateway through the main thread: the worker parses and validates, the
 * main thread keeps the exchange on the core's network port (Chromium's in Electron: system
 * proxy, PAC, Windows certificates) and the core's ERP circuit breaker, exactly as its own
 * gateway does. Only the answer's text crosses the thread boundary.
 */
import type { Core } from '../core-types';
import { classifyHttpError, classifyHttpStatus } from '../gateways/erp/erp-errors';
import type { HttpClient, HttpClientOptions, HttpPort, HttpRequestInit } from '../gateways/http/http-port';
import type { TaskContext } from './worker-runtime';

export interface HttpCall {
  kind: 'http';
  client: HttpClientOptions;
  url: string;
  init: HttpRequestInit;
}

export interface HttpAnswer {
  status: number;
  text: string;
}

/** Worker side: a port whose fetch is answered by the main thread (ErpFailure on any failure). */
export function relayedHttpPort(ctx: TaskContext, kind: HttpPort['kind']): HttpPort {
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
        return { status: answer.status, text: async () => answer.text };
      },
      close() {},
    }),
  };
}

/**
 * Main side for the ERP: each exchange passes the core's breaker (an open circuit fails fast
 * without a request) and a non-2xx status or a transport error becomes the ErpFailure the
 * gateway would have made, so the worker's retry policy sees the same kinds.
 */
export function erpHttpServer(
  core: Core,
  baseUrl: string,
): { serve: (p: unknown) => Promise<HttpAnswer>; close(): void } {
  const clients = new Map<string, HttpClient>();
  const clientFor = (options: HttpClientOptions): HttpClient => {
    const key = JSON.stringify(options);
    let client = clients.get(key);
    if (!client) clients.set(key, (client = core.http.client(options)));
    return client;
  };
  return {
    serve: async (payload) => {
      const call = payload as HttpCall;
      const client = clientFor(call.client);
      return core.erpBreaker.execute(async () => {
        try {
          const res = await client.fetch(call.url, call.init);
          const text = await res.text();
          if (res.status < 200 || res.status > 299) throw classifyHttpStatus(res.status, text);
          return { status: res.status, text };
        } catch (e) {
          throw classifyHttpError(e, { baseUrl, timeoutMs: call.client.timeoutMs });
        }
      });
    },
    close: () => {
      for (const c of clients.values()) c.close();
    },
  };
}
