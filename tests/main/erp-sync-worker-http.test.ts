/**
 * The ERP sync worker's own HTTP (the undici port): it goes through the company's proxy and
 * trusts the company root exactly as the main thread's port does, every exchange still passes
 * the core's one circuit breaker, and a port the worker cannot rebuild (Chromium's, in Electron)
 * has its bodies relayed through the main thread as bytes, with the same rows stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpPort } from '../../electron/main/gateways/http/http-port';
import { createUndiciHttpPort } from '../../electron/main/gateways/http/undici-port';
import { erpSyncRunsInWorker, runErpSyncJob } from '../../electron/main/workers/erp-sync-worker';
import { workerHttpFor } from '../../electron/main/workers/worker-http';
import type { ErpAvailability } from '../../shared/ipc/dto/erp';
import { startErpSimulator, type ErpSimulatorHandle } from '../../tools/simulators/erp/server';
import { startConnectProxy, startTlsFront, type TestProxy } from './support/test-proxies';
import { createTestCore, type TestCore } from './support/test-core';

const PAGE = 200;
let sim: ErpSimulatorHandle;
let proxy: TestProxy;
let erpTls: Awaited<ReturnType<typeof startTlsFront>>;
const cores: TestCore[] = [];

beforeAll(async () => {
  [sim, proxy] = await Promise.all([startErpSimulator({ clients: 60, titles: 1200 }), startConnectProxy()]);
  erpTls = await startTlsFront(Number(new URL(sim.url).port));
});
afterAll(async () => {
  for (const t of cores) t.close();
  await Promise.all([proxy.stop(), erpTls.stop()]);
  await sim.stop();
});

/** What the ERP serves in `fatura`, read page by page from the simulator itself. */
async function servedTitles(): Promise<number> {
  let n = 0;
  for (let token: string | null = null, first = true; first || token; first = false) {
    const q = new URLSearchParams({ tamanhoPagina: '5000', ...(token ? { pagina: token } : {}) });
    const r = await fetch(`${sim.url}/v1/tabelas/fatura?${q}`, {
      headers: { authorization: `Bearer ${sim.token}` },
    });
    const page = (await r.json()) as { registros: unknown[]; proximaPagina: string | null };
    n += page.registros.length;
    token = page.proximaPagina;
  }
  return n;
}

async function consoleWith(httpPort: HttpPort, baseUrl: string, failures = 5): Promise<TestCore> {
  const t = await createTestCore({
    clients: 20,
    options: {
      httpPort,
      tuning: {
        erpClient: { retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 } },
        erpBreaker: { failures, halfOpenAfterMs: 60_000 },
      },
    },
  });
  cores.push(t);
  const admin = await t.loginAs('admin');
  const saved = await t.call(admin, 'erp.settings.save', { baseUrl, token: sim.token, syncTime: '00:00' });
  if (!saved.ok) throw new Error(saved.error.message);
  return t;
}

const storedTitles = (t: TestCore) =>
  t.core.db.prepare('SELECT count(*) FROM receivables').pluck().get() as number;

const tablePages = (urls: string[]) => urls.filter((u) => u.includes('/v1/tabelas/fatura')).length;

describe('the ERP sync worker makes its own requests', () => {
  it('through the corporate proxy the main port is configured with', async () => {
    const base = createUndiciHttpPort({ env: { HTTP_PROXY: proxy.url } });
    const onMain: string[] = [];
    const counted: HttpPort = {
      kind: 'undici',
      client: (o) => {
        const c = base.client(o);
        return { fetch: (url, init) => (onMain.push(url), c.fetch(url, init)), close: () => c.close() };
      },
      forWorker: () => base.forWorker?.() ?? { env: {}, corporateCaPem: null },
    };
    const t = await consoleWith(counted, sim.url);
    expect(erpSyncRunsInWorker(t.core)).toBe(true);
    expect(workerHttpFor(t.core.http)).toEqual({
      mode: 'own',
      port: { env: { HTTP_PROXY: proxy.url }, corporateCaPem: null },
    });
    const before = proxy.forwards().length;
    const summary = await runErpSyncJob(t.core, { runId: null, tables: ['fatura'], pageSize: PAGE });
    const expected = await servedTitles();
    expect(summary.rows).toBe(expected);
    expect(storedTitles(t)).toBe(expected);
    // Every page went through the proxy (a worker that ignored it would have gone direct).
    expect(tablePages(proxy.forwards().slice(before))).toBe(Math.ceil(expected / PAGE));
    // …made by the worker: no page was fetched on the main thread.
    expect(tablePages(onMain)).toBe(0);
  });

  it('over https, trusting the company root the main port trusts, and refusing without it', async () => {
    const trusted = await consoleWith(
      createUndiciHttpPort({ env: {}, corporateCaPem: erpTls.certPem }),
      erpTls.url,
    );
    const summary = await runErpSyncJob(trusted.core, { runId: null, tables: ['fatura'], pageSize: PAGE });
    expect(storedTitles(trusted)).toBe(summary.rows);
    expect(summary.rows).toBe(await servedTitles());

    const untrusted = await consoleWith(createUndiciHttpPort({ env: {} }), erpTls.url);
    await expect(
      runErpSyncJob(untrusted.core, { runId: null, tables: ['fatura'], pageSize: PAGE }),
    ).rejects.toMatchObject({
      message: expect.stringMatching(/^O certificado do ERP em https:.* não foi aceito/),
    });
    expect(storedTitles(untrusted)).toBe(0);
  });

  it("each exchange passes the core's breaker: outages open it, then the worker fails fast without a request", async () => {
    const t = await consoleWith(createUndiciHttpPort({ env: {} }), sim.url, 1);
    const availability: ErpAvailability[] = [];
    t.core.events.subscribe((event, payload) => {
      if (event === 'erp.availability') availability.push(payload as ErpAvailability);
    });
    sim.setFault('tabelas', { kind: 'status', status: 503, forMs: 60_000 });
    try {
      await expect(
        runErpSyncJob(t.core, { runId: null, tables: ['fatura'], pageSize: PAGE }),
      ).rejects.toMatchObject({ code: 'ERP_SERVER_ERROR' });
      expect(t.core.erpBreaker.availability().state).toBe('unavailable');
      expect(availability.at(-1)?.state).toBe('unavailable');
      const before = sim.requests().length;
      await expect(
        runErpSyncJob(t.core, { runId: null, tables: ['fatura'], pageSize: PAGE }),
      ).rejects.toMatchObject({
        code: 'ERP_UNAVAILABLE',
        message: expect.stringMatching(/^ERP indisponível, nova tentativa às \d\d:\d\d\.$/),
      });
      expect(sim.requests().length).toBe(before);
    } finally {
      sim.clearFaults();
    }
  });
});

describe('a port the worker cannot rebuild (Chromium in Electron)', () => {
  it('has its bodies relayed through the main thread as bytes, with the same rows stored', async () => {
    const undici = createUndiciHttpPort({ env: {} });
    // Chromium's port has no forWorker: its network stack answers on the main thread only.
    const mainThreadOnly: HttpPort = { kind: 'chromium', client: (o) => undici.client(o) };
    const t = await consoleWith(mainThreadOnly, sim.url);
    expect(workerHttpFor(t.core.http)).toEqual({ mode: 'relay', kind: 'chromium' });
    const summary = await runErpSyncJob(t.core, {
      runId: null,
      tables: ['empresa', 'fatura'],
      pageSize: PAGE,
    });
    expect(summary.tables.find((x) => x.table === 'fatura')?.rows).toBe(await servedTitles());
    expect(storedTitles(t)).toBe(summary.tables.find((x) => x.table === 'fatura')?.rows);
    // Accented names survive the bytes' trip and the worker's decoding.
    const names = t.core.db.prepare('SELECT legal_name FROM clients').pluck().all() as string[];
    expect(names.some((n) => /[ãçéíóõú]/i.test(n))).toBe(true);
  });
});
