import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { erpCodeFor } from '../../db/seed/identifiers';
import { getSyncCursor } from '../../electron/main/db/repos/erp-sync.repo';
import { createErpGateway } from '../../electron/main/gateways/erp/erp-client';
import { requireErpGateway } from '../../electron/main/services/erp/erp-config';
import { runErpSync } from '../../electron/main/services/erp/erp-sync.service';
import type { ErpSyncStatus } from '../../shared/ipc/dto/erp';
import { startErpSimulator, type ErpSimulatorHandle } from '../../tools/simulators/erp/server';
import { createTestCore, type TestCore } from './support/test-core';

const SIM_CLIENTS = 300;
let sim: ErpSimulatorHandle;
let expectedTitles: number;
const cores: TestCore[] = [];

beforeAll(async () => {
  sim = await startErpSimulator({ clients: SIM_CLIENTS, titles: 3000 });
  const erp = createErpGateway({ baseUrl: sim.url, token: sim.token });
  expectedTitles = 0;
  for (let token: string | null = null, first = true; first || token; first = false) {
    const page: { records: unknown[]; nextPageToken: string | null } = await erp.readTable('fatura', {
      changedSince: null,
      pageToken: token,
      pageSize: 5000,
    });
    expectedTitles += page.records.length;
    token = page.nextPageToken;
  }
});
afterAll(() => sim.stop());
afterEach(() => sim.clearFaults());

/** A console with 100 demo clients (the ERP has 300) pointed at the simulator. */
async function consoleWithErp(): Promise<{ t: TestCore; admin: string }> {
  const t = await createTestCore({
    clients: 100,
    options: {
      tuning: { erpClient: { retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 }, timeoutMs: 5_000 } },
    },
  });
  cores.push(t);
  const admin = await t.loginAs('admin');
  const saved = await t.call(admin, 'erp.settings.save', {
    baseUrl: sim.url,
    token: sim.token,
    syncTime: '00:00',
  });
  if (!saved.ok) throw new Error(saved.error.message);
  return { t, admin };
}
afterAll(() => {
  for (const t of cores) t.close();
});

async function syncNow(t: TestCore, admin: string): Promise<ErpSyncStatus> {
  const started = await t.call(admin, 'erp.sync.runNow', {});
  if (!started.ok) throw new Error(started.error.message);
  for (;;) {
    const status = await t.call(admin, 'erp.sync.status', {});
    if (!status.ok) throw new Error(status.error.message);
    if (status.value.runningRunId === null) return status.value;
    await new Promise((r) => setTimeout(r, 50));
  }
}

const count = (t: TestCore, sql: string, ...args: unknown[]) =>
  (t.core.db.prepare(sql).get(...args) as { n: number }).n;

describe('ERP sync through the registry', () => {
  it('"Sincronizar agora" brings every table, ERP clients into F9 and titles into receivables', async () => {
    const { t, admin } = await consoleWithErp();
    const status = await syncNow(t, admin);
    expect(status.runs[0]).toMatchObject({ status: 'success', trigger: 'manual' });
    expect(status.runs[0]?.outcome).toMatch(/registro\(s\) recebido\(s\) em 12 tabela\(s\)/);
    expect(count(t, 'SELECT count(*) AS n FROM clients')).toBe(SIM_CLIENTS);
    expect(count(t, 'SELECT count(*) AS n FROM receivables')).toBe(expectedTitles);
    const newcomer = erpCodeFor(250);
    const agent = await t.loginAs('ana');
    const found = await t.call(agent, 'clients.search', { query: newcomer, limit: 5 });
    expect(found.ok && found.value[0]?.erpCode).toBe(newcomer);
    expect(status.tables.find((x) => x.table === 'fatura')).toMatchObject({
      label: 'Fatura',
      rowsTotal: expectedTitles,
      inProgress: false,
    });
    expect(count(t, "SELECT count(*) AS n FROM erp_records WHERE table_name = 'vendedor'")).toBe(12);
    const request = status.lastRunRequests.find((r) => r.table === 'empresa');
    expect(request).toMatchObject({ status: 'ok', httpStatus: 200, error: null });
    expect(request?.rows).toBeGreaterThan(0);
    expect(request?.durationMs).toBeGreaterThanOrEqual(0);
    const audit = await t.call(admin, 'audit.list', { entity: 'erp_sync', offset: 0, limit: 5 });
    expect(audit.ok && audit.value.rows[0]).toMatchObject({
      action: 'Sincronização com o ERP iniciada manualmente (Sincronizar agora)',
      subject: expect.stringMatching(/^Sincronização com o ERP nº \d+$/),
      userName: 'Administrador Demo',
    });
  });

  it('the next run reads only what changed', async () => {
    const { t, admin } = await consoleWithErp();
    await syncNow(t, admin);
    sim.payTitle('0048390/1');
    const status = await syncNow(t, admin);
    const fatura = status.lastRunRequests.filter((r) => r.table === 'fatura');
    expect(fatura.map((r) => r.rows)).toEqual([1]);
    expect(status.lastRunRequests.filter((r) => r.table === 'empresa').map((r) => r.rows)).toEqual([0]);
    const row = t.core.db
      .prepare("SELECT status, paid_cents FROM receivables WHERE erp_key = '0048390/1'")
      .get();
    expect(row).toEqual({ status: 'paid', paid_cents: 17_596 });
    expect(count(t, 'SELECT count(*) AS n FROM receivables')).toBe(expectedTitles);
  });

  it('records a failed run and the failed request with the pt-BR reason', async () => {
    const { t, admin } = await consoleWithErp();
    sim.setFault('tabelas', { kind: 'status', status: 503 });
    const status = await syncNow(t, admin);
    expect(status.runs[0]).toMatchObject({
      status: 'failed',
      outcome: 'O ERP está com problemas (erro 503). Tente novamente em instantes.',
    });
    expect(status.lastRunRequests[0]).toMatchObject({
      table: 'empresa',
      status: 'error',
      httpStatus: 503,
      errorCode: 'ERP_SERVER_ERROR',
    });
  });

  it('only "Integração ERP" may configure or start the sync; ERP settings are audited without the token', async () => {
    const { t, admin } = await consoleWithErp();
    const agent = await t.loginAs('ana');
    for (const r of [
      await t.call(agent, 'erp.sync.runNow', {}),
      await t.call(agent, 'erp.settings.save', { baseUrl: sim.url, token: '', syncTime: '01:00' }),
      await t.call(agent, 'erp.sync.status', {}),
    ])
      expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const bad = await t.call(admin, 'erp.settings.save', {
      baseUrl: 'ftp://erp',
      token: '',
      syncTime: '24:00',
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('http://') },
    });
    const settings = await t.call(admin, 'erp.settings.get', {});
    expect(settings).toMatchObject({
      ok: true,
      value: { baseUrl: sim.url, hasToken: true, syncTime: '00:00' },
    });
    const audit = await t.call(admin, 'audit.list', { entity: 'settings', offset: 0, limit: 5 });
    const entry = audit.ok ? audit.value.rows.find((r) => r.entityId === 'erp') : undefined;
    expect(entry?.changes.token).toEqual({ before: 'vazio', after: 'alterado' });
    expect(JSON.stringify(entry)).not.toContain(sim.token);
    const about = await t.call(admin, 'erp.about', {});
    expect(about).toMatchObject({
      ok: true,
      value: { erpName: 'Simulador ERP Oeste', erpVersion: '2026.11.3' },
    });
  });
});

describe('ERP sync crash and resume', () => {
  it('resumes from the last stored page: no gap, no duplicate', async () => {
    const { t } = await consoleWithErp();
    const gateway = await requireErpGateway(t.core);
    let pages = 0;
    const crash = runErpSync(t.core, gateway, {
      runId: null,
      tables: ['fatura'],
      pageSize: 200,
      onPage: () => {
        if (++pages === 3) throw new Error('energia caiu');
      },
    });
    await expect(crash).rejects.toThrow('energia caiu');
    // Page 3's rows rolled back with its cursor: exactly two pages are stored.
    expect(count(t, 'SELECT count(*) AS n FROM receivables')).toBe(400);
    const cursor = getSyncCursor(t.core.db, 'fatura');
    expect(cursor?.page_token).toBeTruthy();
    expect(cursor?.rows_total).toBe(400);

    // The crashed run had already asked for the next page; let that answer land before counting.
    await new Promise((r) => setTimeout(r, 300));
    const before = sim.requests().length;
    await runErpSync(t.core, gateway, { runId: null, tables: ['fatura'], pageSize: 200 });
    const resumed = sim
      .requests()
      .slice(before)
      .filter((r) => r.path === '/v1/tabelas/fatura');
    expect(resumed[0]?.query.pagina).toBe(cursor?.page_token);
    expect(resumed).toHaveLength(Math.ceil(expectedTitles / 200) - 2);
    expect(count(t, 'SELECT count(*) AS n FROM receivables')).toBe(expectedTitles);
    expect(getSyncCursor(t.core.db, 'fatura')).toMatchObject({
      page_token: null,
      rows_total: expectedTitles,
    });
  });
});
