import fs from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../electron/main/db/repos/audit.repo';
import { getSetting } from '../../electron/main/db/repos/settings.repo';
import { requireErpGateway } from '../../electron/main/services/erp/erp-config';
import { runErpSync } from '../../electron/main/services/erp/erp-sync.service';
import { databaseSize } from '../../electron/main/services/integration/database-size';
import { startErpSimulator, type ErpSimulatorHandle } from '../../tools/simulators/erp/server';
import { insertErpRequest, insertRun } from './integration-fixture';
import { createTestCore, type TestCore } from './support/test-core';

let sim: ErpSimulatorHandle;
beforeAll(async () => {
  sim = await startErpSimulator({ clients: 60, titles: 300 });
});
afterAll(() => sim.stop());

const cores: TestCore[] = [];
afterEach(() => {
  for (const t of cores.splice(0)) t.close();
});

/** A console whose clock the test moves, pointed at the ERP simulator. */
async function consoleAt(
  iso: string,
  configure = true,
): Promise<{ t: TestCore; admin: string; clock: { now: Date } }> {
  const clock = { now: new Date(iso) };
  const t = await createTestCore({ clients: 60, now: () => clock.now });
  cores.push(t);
  const admin = await t.loginAs('admin');
  if (configure) {
    const saved = await t.call(admin, 'erp.settings.save', {
      baseUrl: sim.url,
      token: sim.token,
      syncTime: '00:00',
    });
    if (!saved.ok) throw new Error(saved.error.message);
  }
  return { t, admin, clock };
}

async function overview(t: TestCore, session: string) {
  const r = await t.call(session, 'integration.overview', {});
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('Informações Gerais: próxima integração agendada (America/Sao_Paulo)', () => {
  it('is the next São Paulo midnight, and moves when Agendamento is saved', async () => {
    // 23:30 on 09/03 in São Paulo.
    const { t, admin } = await consoleAt('2026-03-10T02:30:00.000Z');
    expect(await overview(t, admin)).toMatchObject({
      scheduled: true,
      active: true,
      nextRunAt: '2026-03-10T03:00:00.000Z',
      syncTime: '00:00',
    });
    const later = await t.call(admin, 'integration.settings.save', {
      syncTime: '23:45',
      maxHoursWithoutSuccess: 24,
    });
    expect(later).toMatchObject({
      ok: true,
      value: { nextRunAt: '2026-03-10T02:45:00.000Z', syncTime: '23:45' },
    });
    const passed = await t.call(admin, 'integration.settings.save', {
      syncTime: '22:00',
      maxHoursWithoutSuccess: 24,
    });
    expect(passed).toMatchObject({ ok: true, value: { nextRunAt: '2026-03-11T01:00:00.000Z' } });
  });

  it('follows the daylight-saving calendar of its year', async () => {
    // 03/11/2018: summer time began at midnight, so 00:00 of 04/11 never showed on São Paulo clocks.
    const { t, admin } = await consoleAt('2018-11-03T12:00:00.000Z');
    expect((await overview(t, admin)).nextRunAt).toBe('2018-11-04T03:00:00.000Z');
    const { t: t2, admin: admin2 } = await consoleAt('2018-11-05T12:00:00.000Z');
    expect((await overview(t2, admin2)).nextRunAt).toBe('2018-11-06T02:00:00.000Z');
  });

  it('is absent (not a placeholder date) while the ERP is not configured', async () => {
    const { t, admin } = await consoleAt('2026-03-10T02:30:00.000Z', false);
    expect(await overview(t, admin)).toMatchObject({
      scheduled: false,
      active: false,
      nextRunAt: null,
      erp: null,
      deployment: { state: 'not_configured' },
    });
  });
});

describe('Informações Gerais: tamanho do banco de dados', () => {
  it('is the SQLite file plus its WAL, and grows with what the integration stores', async () => {
    const { t, admin } = await consoleAt('2026-03-10T12:00:00.000Z');
    const before = (await overview(t, admin)).database;
    const file = t.core.databasePath;
    expect(before.mainBytes).toBe(fs.statSync(file).size);
    expect(before.walBytes).toBe(fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0);
    expect(before.totalBytes).toBe(before.mainBytes + before.walBytes);
    t.core.db.transaction(() => {
      for (let i = 0; i < 20_000; i++)
        insertErpRequest(t.core.db, {
          runId: null,
          table: 'pedido',
          at: '2026-03-10T11:00:00.000Z',
          rows: i,
        });
    })();
    const after = (await overview(t, admin)).database;
    expect(after.totalBytes - before.totalBytes).toBeGreaterThan(500_000);
    expect(after.walBytes).toBe(fs.statSync(`${file}-wal`).size);
  });

  it('counts a missing WAL file as zero', () => {
    const dir = fs.mkdtempSync('/tmp/central-size-');
    fs.writeFileSync(`${dir}/x.sqlite`, Buffer.alloc(4096));
    expect(databaseSize(`${dir}/x.sqlite`)).toEqual({ mainBytes: 4096, walBytes: 0, totalBytes: 4096 });
    fs.rmSync(dir, { recursive: true });
  });
});

describe('Informações Gerais: ERP, implantação, agendamento e alerta', () => {
  it('shows the name and version the ERP reports, kept with when it was asked', async () => {
    const { t, admin } = await consoleAt('2026-03-10T12:00:00.000Z');
    expect((await overview(t, admin)).erp).toBeNull();
    const asked = await t.call(admin, 'integration.erpIdentity.refresh', {});
    expect(asked).toMatchObject({
      ok: true,
      value: {
        erpName: 'Simulador ERP Oeste',
        erpVersion: '2026.11.3',
        checkedAt: '2026-03-10T12:00:00.000Z',
      },
    });
    expect((await overview(t, admin)).erp?.erpVersion).toBe('2026.11.3');
    // Another ERP address: the old answer no longer describes it.
    await t.call(admin, 'erp.settings.save', { baseUrl: 'http://127.0.0.1:9', token: '', syncTime: '00:00' });
    expect((await overview(t, admin)).erp).toBeNull();
  });

  it('calls the deployment done once every ERP table was read completely; requests name their endpoint', async () => {
    const { t, admin } = await consoleAt('2026-03-10T12:00:00.000Z');
    expect((await overview(t, admin)).deployment).toEqual({
      state: 'initial_load',
      tablesLoaded: 0,
      tablesTotal: 12,
    });
    await runErpSync(t.core, await requireErpGateway(t.core), {
      runId: null,
      tables: ['empresa', 'contato'],
    });
    expect((await overview(t, admin)).deployment).toMatchObject({ state: 'initial_load', tablesLoaded: 2 });
    await runErpSync(t.core, await requireErpGateway(t.core), { runId: null });
    expect((await overview(t, admin)).deployment).toMatchObject({ state: 'done', tablesLoaded: 12 });
    const logged = t.core.db
      .prepare(`SELECT DISTINCT direction, endpoint FROM erp_sync_requests WHERE table_name = 'empresa'`)
      .all();
    expect(logged).toEqual([{ direction: 'recebimento', endpoint: '/v1/tabelas/empresa' }]);
  });

  it('saves Agendamento and Tempo máximo sem sucesso with an audit row; agents may not', async () => {
    const { t, admin } = await consoleAt('2026-03-10T12:00:00.000Z');
    const saved = await t.call(admin, 'integration.settings.save', {
      syncTime: '02:30',
      maxHoursWithoutSuccess: 6,
    });
    expect(saved).toMatchObject({ ok: true, value: { syncTime: '02:30', maxHoursWithoutSuccess: 6 } });
    expect(getSetting(t.core.db, 'erp.syncTime')).toBe('02:30');
    expect(getSetting(t.core.db, 'integration.maxHoursWithoutSuccess')).toBe('6');
    const audit = listAudit(t.core.db, {
      entity: 'settings',
      entityId: 'integration',
      offset: 0,
      limit: 5,
    }).rows;
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      userName: expect.any(String),
      changes: {
        syncTime: { before: '00:00', after: '02:30' },
        maxHoursWithoutSuccess: { before: 24, after: 6 },
      },
    });
    const ana = await t.loginAs('ana');
    const refused = await t.call(ana, 'integration.settings.save', {
      syncTime: '03:00',
      maxHoursWithoutSuccess: 6,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const bad = await t.call(admin, 'integration.settings.save', {
      syncTime: '24:10',
      maxHoursWithoutSuccess: 0,
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(!bad.ok && bad.error.message).toContain('HH:MM');
    expect(getSetting(t.core.db, 'erp.syncTime')).toBe('02:30');
  });

  it('alerts when the last successful sync is older than the limit', async () => {
    const { t, admin, clock } = await consoleAt('2026-03-10T12:00:00.000Z');
    insertRun(t.core.db, {
      job: 'erp-sync',
      status: 'success',
      startedAt: '2026-03-10T03:00:00.000Z',
      finishedAt: '2026-03-10T03:10:00.000Z',
    });
    await t.call(admin, 'integration.settings.save', { syncTime: '00:00', maxHoursWithoutSuccess: 6 });
    clock.now = new Date('2026-03-10T08:00:00.000Z');
    expect((await overview(t, admin)).alert).toBeNull();
    clock.now = new Date('2026-03-10T10:30:00.000Z');
    const late = await overview(t, admin);
    expect(late.alert).toBe(
      'Dados ERP: a última sincronização com sucesso foi há 7 h (limite: 6 h). Veja o log das execuções abaixo.',
    );
    expect(late.lastSuccessAt).toBe('2026-03-10T03:10:00.000Z');
    expect(late.averageDurationMs).toBe(600_000);
  });
});
