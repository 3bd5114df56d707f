import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findClientIdByErpCode } from '../../electron/main/db/repos/clients.repo';
import type { ErpGateway } from '../../electron/main/gateways/erp/erp-gateway';
import { flushToErp } from '../../electron/main/services/credit/erp-sync';
import { erpGatewayFromSettings } from '../../electron/main/services/erp/erp-config';
import type { ClientChanged } from '../../shared/ipc/dto/client-events';
import type { FinancialSnapshot } from '../../shared/ipc/dto/finance';
import { startErpSimulator, type ErpSimulatorHandle } from '../../tools/simulators/erp/server';
import { createTestCore, type TestCore } from './support/test-core';

/**
 * One credit picture: what the header (clients.get), Informações Financeiras (finance.summary.*)
 * and the Deps dialogs (bureau query detail) show for a client never disagree, a local change is
 * marked pending until the ERP confirms it, and open screens hear about every change.
 */
let sim: ErpSimulatorHandle;
let t: TestCore;
let admin: string;
let client: number;
const events: ClientChanged[] = [];
/** While set, the ERP's financial summary is held after the ERP computed it (a slow network). */
let holdSummary: Promise<void> | null = null;

beforeAll(async () => {
  sim = await startErpSimulator({ clients: 300 });
  t = await createTestCore({
    clients: 300,
    options: {
      erpGateway: async (core) => {
        const real = await erpGatewayFromSettings(core);
        if (!real) return null;
        const held = Object.create(real) as ErpGateway;
        held.financialSummary = async (code) => {
          const answer = await real.financialSummary(code);
          if (holdSummary) await holdSummary;
          return answer;
        };
        return held;
      },
      tuning: {
        erpClient: { retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 2 }, timeoutMs: 2_000 },
        erpBreaker: { failures: 1_000, halfOpenAfterMs: 10 },
      },
    },
  });
  admin = await t.loginAs('admin');
  const saved = await t.call(admin, 'erp.settings.save', {
    baseUrl: sim.url,
    token: sim.token,
    syncTime: '00:00',
  });
  if (!saved.ok) throw new Error(saved.error.message);
  client = findClientIdByErpCode(t.core.db, '82467786') as number;
  t.core.events.subscribe((name, payload) => {
    if (name === 'client.changed') events.push(payload as ClientChanged);
  });
});
afterAll(async () => {
  t.close();
  await sim.stop();
});
afterEach(() => sim.clearFaults());

const ok = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

/** What each of the three places shows for the client right now. */
async function everywhere(): Promise<{ header: unknown; finance: unknown; live: FinancialSnapshot }> {
  const c = ok(await t.call(admin, 'clients.get', { id: client }));
  const cached = ok(await t.call(admin, 'finance.summary.cached', { clientId: client }));
  const live = ok(await t.call(admin, 'finance.summary.refresh', { clientId: client }));
  return {
    header: { limit: c.creditLimitCents, status: c.creditStatus },
    finance: { limit: cached.values.creditLimitCents, status: cached.values.creditStatus },
    live,
  };
}

const erpCreditPuts = () => sim.requests().filter((r) => r.endpoint === 'credito' && r.status === 200).length;

describe('one credit picture', () => {
  it('a local limit change shows everywhere at once, pending until the ERP confirms, then the live answer', async () => {
    const before = ok(await t.call(admin, 'finance.summary.refresh', { clientId: client }));
    const oldLimit = before.values.creditLimitCents;
    const newLimit = oldLimit + 123_400;
    // The ERP takes no write-back for now: the change waits in the outbox.
    sim.setFault('credito', { kind: 'status', status: 503 });
    events.length = 0;
    const saved = ok(
      await t.call(admin, 'credit.update', {
        clientId: client,
        creditLimitCents: newLimit,
        creditStatus: 'EM_ANALISE',
        expectedCreditLimitCents: oldLimit,
        bureauQueryId: null,
        confirmLargeIncrease: true,
      }),
    );
    expect(saved.client.creditLimitCents).toBe(newLimit);
    expect(events).toContainEqual({ clientId: client, parts: ['credit'] });
    await flushToErp(t.core);

    // The live ERP answer still has the old limit: it must not contradict the change made here.
    const pending = await everywhere();
    expect(pending.header).toEqual({ limit: newLimit, status: 'EM_ANALISE' });
    expect(pending.finance).toEqual(pending.header);
    expect(pending.live.values).toMatchObject({ creditLimitCents: newLimit, creditStatus: 'EM_ANALISE' });
    expect(pending.live.pendingErp).toMatchObject({
      creditLimitCents: newLimit,
      creditStatus: 'EM_ANALISE',
      lastError: expect.stringMatching(/\S/),
    });

    // The ERP answers again: the write-back goes through once, the mark goes away everywhere.
    sim.clearFaults();
    events.length = 0;
    expect((await flushToErp(t.core)).problem).toBeNull();
    expect(erpCreditPuts()).toBe(1);
    expect(events).toContainEqual({ clientId: client, parts: ['credit'] });
    const confirmed = await everywhere();
    expect(confirmed.header).toEqual({ limit: newLimit, status: 'EM_ANALISE' });
    expect(confirmed.finance).toEqual(confirmed.header);
    expect(confirmed.live).toMatchObject({
      pendingErp: null,
      stale: false,
      values: { creditLimitCents: newLimit, creditStatus: 'EM_ANALISE' },
    });
  });

  it("the live ERP answer replaces a stale register everywhere and goes to Histórico as the ERP's", async () => {
    const live = ok(await t.call(admin, 'finance.summary.refresh', { clientId: client }));
    // The register was left behind (e.g. the ERP changed the limit after the last sync).
    t.core.db
      .prepare("UPDATE clients SET credit_limit_cents = 1, credit_status = 'BLOQUEADO' WHERE id = ?")
      .run(client);
    events.length = 0;
    const now = await everywhere();
    const erp = { limit: live.values.creditLimitCents, status: live.values.creditStatus };
    // `everywhere` asked the cached values before the ERP; ask again now that the answer came.
    const c = ok(await t.call(admin, 'clients.get', { id: client }));
    expect({ limit: c.creditLimitCents, status: c.creditStatus }).toEqual(erp);
    const cached = ok(await t.call(admin, 'finance.summary.cached', { clientId: client }));
    expect({ limit: cached.values.creditLimitCents, status: cached.values.creditStatus }).toEqual(erp);
    expect(now.live.values.creditLimitCents).toBe(erp.limit);
    expect(events).toContainEqual({ clientId: client, parts: ['credit'] });
    const history = ok(await t.call(admin, 'audit.list', { entity: 'client', offset: 0, limit: 100 }));
    const mine = history.rows.filter((r) => r.entityId === String(client));
    expect(mine[0]).toMatchObject({
      action: 'Atualizado pelo ERP',
      changes: { creditLimitCents: { before: 1, after: erp.limit } },
    });
  });

  it('a live answer asked before a write-back was confirmed does not put the old limit back', async () => {
    const before = ok(await t.call(admin, 'finance.summary.refresh', { clientId: client }));
    const oldLimit = before.values.creditLimitCents;
    // The ERP's summary (old limit) is on its way; meanwhile the agent changes the limit and the ERP confirms.
    let release = () => {};
    holdSummary = new Promise((r) => (release = r));
    const slow = t.call(admin, 'finance.summary.refresh', { clientId: client });
    await new Promise((r) => setTimeout(r, 200));
    ok(
      await t.call(admin, 'credit.update', {
        clientId: client,
        creditLimitCents: oldLimit - 100_000,
        creditStatus: 'ADIMPLENTE',
        expectedCreditLimitCents: oldLimit,
        bureauQueryId: null,
        confirmLargeIncrease: false,
      }),
    );
    expect((await flushToErp(t.core)).problem).toBeNull();
    holdSummary = null;
    release();
    const late = ok(await slow);
    expect(late.values.creditLimitCents).toBe(oldLimit - 100_000);
    const c = ok(await t.call(admin, 'clients.get', { id: client }));
    expect(c.creditLimitCents).toBe(oldLimit - 100_000);
  });

  it('"Sincronizar agora" tells the open screens which parts of the clients changed', async () => {
    events.length = 0;
    ok(await t.call(admin, 'erp.sync.runNow', {}));
    for (;;) {
      const status = ok(await t.call(admin, 'erp.sync.status', {}));
      if (status.runningRunId === null) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(events).toHaveLength(1);
    expect(events[0]?.clientId).toBeNull();
    expect(events[0]?.parts).toEqual(expect.arrayContaining(['register', 'credit', 'receivables']));
  });
});
