/** Two consoles (two data folders) against one bureau simulator and one ERP simulator. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setMachineName } from '../../electron/main/db/repos/sync-host.repo';
import { RECEIVABLES_JOB } from '../../electron/main/jobs/receivables.job';
import { startBureauSimulator, type BureauSimulatorHandle } from '../../tools/simulators/bureau/server';
import { startErpSimulator, type ErpSimulatorHandle } from '../../tools/simulators/erp/server';
import {
  bulkTitles,
  clientCodes,
  localTotals,
  pointAtSimulator,
  simulatorTotals,
  useErp,
  waitForRuns,
  writeTitles,
} from './receivables-fixture';
import { createTestCore, type TestCore } from './support/test-core';

let sim: BureauSimulatorHandle;
let erp: ErpSimulatorHandle;
interface Desk {
  t: TestCore;
  admin: string;
  name: string;
}
const desks: Desk[] = [];

async function desk(name: string): Promise<Desk> {
  const t = await createTestCore({ clients: 20 });
  await pointAtSimulator(t.core, sim);
  useErp(t.core, erp);
  setMachineName(t.core.db, name);
  writeTitles(t.core.db, bulkTitles(clientCodes(t.core.db, 20), 120, '2026-11-20'));
  const d = { t, admin: await t.loginAs('admin'), name };
  desks.push(d);
  return d;
}

async function sendNow(d: Desk) {
  const before = (
    d.t.core.db.prepare('SELECT count(*) AS n FROM job_runs WHERE job = ?').get(RECEIVABLES_JOB) as {
      n: number;
    }
  ).n;
  const started = await d.t.call(d.admin, 'receivables.runNow', {});
  if (!started.ok) throw new Error(started.error.message);
  await waitForRuns(d.t.core.db, RECEIVABLES_JOB, before + 1);
  const status = await d.t.call(d.admin, 'receivables.status', {});
  if (!status.ok) throw new Error(status.error.message);
  return status.value;
}

const lotesFrom = (installId: string) =>
  sim.receivables().batches.filter((b) => b.loteId.startsWith(`cr-${installId.slice(0, 8)}-`)).length;

let a: Desk;
let b: Desk;
beforeAll(async () => {
  sim = await startBureauSimulator();
  erp = await startErpSimulator({ clients: 20, titles: 20 });
  a = await desk('CAIXA-01');
  b = await desk('CAIXA-02');
});
afterAll(async () => {
  for (const d of desks) d.t.close();
  await sim.stop();
  await erp.stop();
});

describe('one sender per company', () => {
  it('with nobody designated, a lone desktop sends: the designation is only a preference', async () => {
    // Its own bureau, so the two desktops below start from an empty one.
    const own = await startBureauSimulator();
    try {
      const c = await desk('CAIXA-09');
      await pointAtSimulator(c.t.core, own);
      const status = await sendNow(c);
      expect(status.runs[0]).toMatchObject({ status: 'success', skipped: false, confirmedRows: 200 });
      expect(status.runs[0]?.outcome).not.toMatch(/Não enviado/);
      expect(localTotals(c.t.core.db)).toEqual(simulatorTotals(own));
      expect(sim.receivables().batches).toHaveLength(0);
    } finally {
      await own.stop();
    }
  });

  it('only the designated desktop sends; the other is told who holds the role and records a skipped run', async () => {
    const claimed = await a.t.call(a.admin, 'receivables.syncHost.claim', { confirmTakeover: false });
    expect(claimed).toMatchObject({
      ok: true,
      value: { isSyncHost: true, syncHost: { machineName: 'CAIXA-01' } },
    });
    const seenByB = await b.t.call(b.admin, 'receivables.status', {});
    expect(seenByB).toMatchObject({
      ok: true,
      value: {
        isSyncHost: false,
        syncHostSource: 'erp',
        syncHost: { machineName: 'CAIXA-01', claimedBy: 'Administrador Demo' },
      },
    });
    const statusA = await sendNow(a);
    const statusB = await sendNow(b);
    expect(statusA.runs[0]).toMatchObject({ status: 'success', skipped: false, confirmedRows: 200 });
    expect(statusB.runs[0]).toMatchObject({ status: 'success', skipped: true, sentRows: 0 });
    expect(statusB.runs[0]?.outcome).toBe(
      'Não enviado aqui: o envio é feito por "CAIXA-01", o computador preferido em Configurações → Bureau de crédito.',
    );
    expect(lotesFrom(statusA.thisMachine.installId)).toBeGreaterThan(0);
    expect(lotesFrom(statusB.thisMachine.installId)).toBe(0);
    expect(localTotals(a.t.core.db)).toEqual(simulatorTotals(sim));
  });

  it('a second machine claiming the role is warned, and takes over only when it confirms', async () => {
    const warned = await b.t.call(b.admin, 'receivables.syncHost.claim', { confirmTakeover: false });
    expect(warned).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('"CAIXA-01" já está designado') },
    });
    const agent = await b.t.loginAs('ana');
    expect(await b.t.call(agent, 'receivables.syncHost.claim', { confirmTakeover: true })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const taken = await b.t.call(b.admin, 'receivables.syncHost.claim', { confirmTakeover: true });
    expect(taken).toMatchObject({
      ok: true,
      value: { isSyncHost: true, syncHost: { machineName: 'CAIXA-02' } },
    });
    const audit = b.t.core.db
      .prepare("SELECT action, changes FROM audit_log WHERE entity_id = 'receivables.syncHost'")
      .get();
    expect(audit).toMatchObject({
      changes: JSON.stringify({ computador: { before: 'CAIXA-01', after: 'CAIXA-02' } }),
    });
    const batches = sim.receivables().batches.length;
    const statusA = await sendNow(a);
    expect(statusA.runs[0]).toMatchObject({ skipped: true });
    expect(sim.receivables().batches).toHaveLength(batches);
    const statusB = await sendNow(b);
    expect(statusB.runs[0]).toMatchObject({ skipped: false, status: 'success', confirmedRows: 200 });
    // Same ERP data, same keys: the new host's first load overwrites, it does not duplicate.
    expect(localTotals(b.t.core.db)).toEqual(simulatorTotals(sim));
  });
});
