/**
 * What the admin and the agents see: the "Tempo máximo sem sucesso" alert (status bar and
 * Configurações), its setting, the run history with control totals, and the request log of
 * the upload before each query.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getBureauConfig, saveBureauConfig } from '../../electron/main/db/repos/bureau-settings.repo';
import { setSetting } from '../../electron/main/db/repos/settings.repo';
import { RECEIVABLES_JOB } from '../../electron/main/jobs/receivables.job';
import { startBureauSimulator, type BureauSimulatorHandle } from '../../tools/simulators/bureau/server';
import { startErpSimulator, type ErpSimulatorHandle } from '../../tools/simulators/erp/server';
import { bureauFixture, newKey } from './bureau-fixture';
import {
  clientCodes,
  localTotals,
  pointAtSimulator,
  simulatorTotals,
  title,
  useErp,
  waitForRuns,
  writeTitles,
} from './receivables-fixture';
import { createTestCore, type TestCore } from './support/test-core';

let sim: BureauSimulatorHandle;
let erp: ErpSimulatorHandle;
let t: TestCore;
let clock: Date;
let admin: string;
let agent: string;

beforeEach(async () => {
  sim = await startBureauSimulator();
  erp = await startErpSimulator({ clients: 20, titles: 20 });
  clock = new Date('2026-11-20T15:00:00Z');
  t = await createTestCore({ clients: 20, now: () => clock });
  await pointAtSimulator(t.core, sim);
  useErp(t.core, erp);
  admin = await t.loginAs('admin');
  agent = await t.loginAs('ana');
  writeTitles(t.core.db, [
    title({
      key: 'ST-1/1',
      erpCode: clientCodes(t.core.db, 1)[0] as string,
      issueDate: '2026-11-01',
      amountCents: 12_345,
    }),
  ]);
  // The daily job was first scheduled at this moment.
  setSetting(t.core.db, `jobs.${RECEIVABLES_JOB}.scheduledSince`, clock.toISOString());
});
afterEach(async () => {
  t.close();
  await sim.stop();
  await erp.stop();
});

const alert = async (session: string) => {
  const r = await t.call(session, 'receivables.alert', {});
  if (!r.ok) throw new Error(r.error.message);
  return r.value.alert;
};

describe('Tempo máximo sem sucesso', () => {
  it('the desktop that sends alerts after the limit without a successful send; a success clears it', async () => {
    clock = new Date('2026-11-21T16:00:00Z'); // 25 h later
    // Nobody designated: this lone desktop is the one that sends, so it alerts.
    expect(await alert(agent)).toMatch(/nenhum envio com sucesso em 25 h/);
    await t.call(admin, 'receivables.syncHost.claim', { confirmTakeover: false });
    expect(await alert(agent)).toBe(
      'Contas a receber → bureau: nenhum envio com sucesso em 25 h (limite: 24 h). Veja Configurações → Bureau de crédito.',
    );
    const status = await t.call(admin, 'receivables.status', {});
    expect(status.ok && status.value.alert).toMatch(/nenhum envio com sucesso em 25 h/);

    sim.setFault({ kind: 'status', status: 503 });
    await t.call(admin, 'receivables.runNow', {});
    await waitForRuns(t.core.db, RECEIVABLES_JOB, 1, 30_000);
    expect(await alert(agent)).not.toBeNull();
    sim.setFault(null);
    await t.call(admin, 'receivables.runNow', {});
    await waitForRuns(t.core.db, RECEIVABLES_JOB, 2);
    expect(await alert(agent)).toBeNull();

    clock = new Date('2026-11-22T17:00:00Z');
    expect(await alert(agent)).toMatch(/nenhum envio com sucesso há 25 h/);
  }, 60_000);

  it('the limit is editable by who manages the bureau, audited, and read by the alert', async () => {
    await t.call(admin, 'receivables.syncHost.claim', { confirmTakeover: false });
    clock = new Date('2026-11-21T02:00:00Z'); // 11 h later
    expect(await alert(agent)).toBeNull();
    expect(await t.call(agent, 'receivables.settings.save', { maxHoursWithoutSuccess: 6 })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await t.call(admin, 'receivables.settings.save', { maxHoursWithoutSuccess: 0 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'O tempo máximo sem sucesso deve ser de pelo menos 1 hora.' },
    });
    const saved = await t.call(admin, 'receivables.settings.save', { maxHoursWithoutSuccess: 6 });
    expect(saved).toMatchObject({ ok: true, value: { maxHoursWithoutSuccess: 6 } });
    expect(
      t.core.db
        .prepare("SELECT value FROM app_settings WHERE key = 'integration.maxHoursWithoutSuccess'")
        .get(),
    ).toEqual({
      value: '6',
    });
    expect(
      t.core.db
        .prepare("SELECT changes FROM audit_log WHERE entity_id = 'integration.maxHoursWithoutSuccess'")
        .get(),
    ).toEqual({ changes: JSON.stringify({ maxHoursWithoutSuccess: { before: 24, after: 6 } }) });
    expect(await alert(agent)).toMatch(/em 11 h \(limite: 6 h\)/);
    expect(await t.call(agent, 'receivables.status', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});

describe('run history and request log', () => {
  it('"Enviar agora" shows the run with what was sent and confirmed; every batch request is logged', async () => {
    await t.call(admin, 'receivables.syncHost.claim', { confirmTakeover: false });
    sim.setFault({ kind: 'status', status: 500, times: 1 });
    const started = await t.call(admin, 'receivables.runNow', {});
    expect(started.ok).toBe(true);
    await waitForRuns(t.core.db, RECEIVABLES_JOB, 1);
    const status = await t.call(admin, 'receivables.status', {});
    expect(status.ok && status.value.runs[0]).toMatchObject({
      trigger: 'manual',
      status: 'success',
      skipped: false,
      sentRows: 1,
      confirmedRows: 1,
      confirmedCents: 12_345,
      rejectedRows: 0,
      batches: 1,
      errors: 1,
      outcome: 'Carga inicial: 1 registro(s), R$ 123,45 confirmados pelo bureau.',
    });
    const requests = t.core.db
      .prepare(
        'SELECT direction, endpoint, http_status, status, rows, amount_cents, error FROM bureau_receivables_requests ORDER BY id',
      )
      .all();
    expect(requests).toEqual([
      {
        direction: 'envio',
        endpoint: '/api/v3/contas-receber/lotes',
        http_status: 500,
        status: 'error',
        rows: 1,
        amount_cents: 12_345,
        error: 'O bureau respondeu HTTP 500: Erro interno ao processar a requisição.',
      },
      {
        direction: 'envio',
        endpoint: '/api/v3/contas-receber/lotes',
        http_status: 200,
        status: 'ok',
        rows: 1,
        amount_cents: 12_345,
        error: null,
      },
    ]);
    expect(
      t.core.db.prepare("SELECT action FROM audit_log WHERE entity = 'receivables_export'").get(),
    ).toEqual({
      action: 'Envio de contas a receber ao bureau iniciado manualmente (Enviar agora)',
    });
  });
});

describe('upload before each query', () => {
  it('goes through the same sender and mapper: a logged request without a run, mirrored locally', async () => {
    const f = await bureauFixture({ clients: 20 });
    try {
      saveBureauConfig(f.t.core.db, { ...getBureauConfig(f.t.core.db), receivablesUploadEnabled: true });
      const erpCode = f.t.core.db
        .prepare('SELECT erp_code FROM clients WHERE id = ?')
        .pluck()
        .get(f.pj.id) as string;
      writeTitles(f.t.core.db, [
        title({ key: 'Q-1/1', erpCode, issueDate: '2026-11-01', amountCents: 4_200 }),
      ]);
      const r = await f.t.call(f.agent, 'bureau.query.run', {
        clientId: f.pj.id,
        productId: 'B2C3D4E5',
        idempotencyKey: newKey(),
      });
      expect(r).toMatchObject({ ok: true, value: { status: 'succeeded', receivablesNote: null } });
      expect(
        f.t.core.db
          .prepare('SELECT run_id, status, rows, amount_cents FROM bureau_receivables_requests')
          .all(),
      ).toEqual([{ run_id: null, status: 'ok', rows: 1, amount_cents: 4_200 }]);
      expect(localTotals(f.t.core.db)).toEqual(simulatorTotals(f.sim));
    } finally {
      await f.close();
    }
  });
});
