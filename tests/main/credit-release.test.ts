/**
 * Issue 15 against the real ERP simulator on 127.0.0.1: the Liberação de crédito queue built by
 * the ERP sync, release/reject by order and by client through the ERP outbox (Idempotency-Key,
 * "aguardando ERP" until confirmed), the group caps, the conflicts and two analysts at once.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { flushToErp } from '../../electron/main/services/credit/erp-sync';
import type { CreditOrderRow } from '../../shared/ipc/dto/credit-release';
import { startErpSimulator, type ErpSimulatorHandle } from '../../tools/simulators/erp/server';
import { analyst, consoleWithOrders, ok, syncOrders } from './credit-release-fixture';
import type { TestCore } from './support/test-core';

let sim: ErpSimulatorHandle;
let t: TestCore;
let admin: string;
beforeAll(async () => {
  sim = await startErpSimulator({ clients: 300, titles: 3000 });
  ({ t, admin } = await consoleWithOrders(sim, 300));
}, 60_000);
afterAll(async () => {
  t.close();
  await sim.stop();
});
afterEach(() => sim.clearFaults());

const queue = async (session: string, input: Parameters<typeof t.call<'creditRelease.queue'>>[2] = {}) =>
  ok(await t.call(session, 'creditRelease.queue', input));

async function wholeQueue(session: string, input: Record<string, unknown> = {}): Promise<CreditOrderRow[]> {
  const rows: CreditOrderRow[] = [];
  let cursor: string | null = null;
  do {
    const page = await queue(session, { ...input, cursor, limit: 7 });
    rows.push(...page.rows);
    cursor = page.next;
  } while (cursor);
  return rows;
}

const history = async (clientId: number) =>
  ok(await t.call(admin, 'clientHistory.list', { clientId, limit: 50 })).rows.map((r) => r.action);

/** Blocked orders with no decision of a client without overdue titles (anyone may release them). */
async function freeOrder(reason?: 'limit_exceeded' | 'client_blocked' | 'no_limit'): Promise<CreditOrderRow> {
  const rows = await wholeQueue(admin, { filters: reason ? { reasons: [reason] } : {} });
  for (const r of rows) {
    if (r.decision || r.clientId === null) continue;
    const d = ok(await t.call(admin, 'creditRelease.order', { orderId: r.orderId }));
    if (d.position && d.position.overdueTitles.count === 0) return r;
  }
  throw new Error('no blocked order of a client without overdue titles');
}

describe('the queue', () => {
  it('holds every blocked order the ERP sent, newest first, with counts per reason and the badge', async () => {
    const erpBlocked = t.core.db
      .prepare("SELECT count(*) AS n FROM credit_orders WHERE credit_state = 'blocked'")
      .get() as { n: number };
    expect(erpBlocked.n).toBeGreaterThan(10);
    const first = await queue(admin);
    expect(first.total).toBe(erpBlocked.n);
    expect(Object.values(first.counts).reduce((a, b) => a + b, 0)).toBe(erpBlocked.n);
    expect(ok(await t.call(admin, 'creditRelease.waitingCount', {})).waiting).toBe(erpBlocked.n);
    const all = await wholeQueue(admin);
    expect(all).toHaveLength(erpBlocked.n);
    expect(new Set(all.map((r) => r.orderId)).size).toBe(all.length);
    const dates = all.map((r) => r.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(all.every((r) => r.creditState === 'blocked' && r.blockReason !== null)).toBe(true);
    // The ERP's seller names and the client's name come with each row.
    expect(all.every((r) => r.sellerName !== null && r.clientName.length > 0)).toBe(true);
  });

  it("each block follows from the client's register and titles, as the ERP's credit rule", async () => {
    const rows = t.core.db
      .prepare(
        `SELECT o.block_reason AS reason, o.value_cents AS value, c.credit_status AS status,
           c.credit_limit_cents AS limit_, c.available_balance_cents AS available,
           (SELECT count(*) FROM receivables r WHERE r.client_erp_code = o.client_erp_code
              AND r.status IN ('open', 'partial') AND r.due_date < '2026-11-12') AS overdue,
           (SELECT coalesce(sum(x.value_cents), 0) FROM credit_orders x WHERE x.client_erp_code = o.client_erp_code
              AND x.erp_status = 'ABERTO' AND x.credit_state = 'released' AND x.order_date <= o.order_date) AS used
         FROM credit_orders o JOIN clients c ON c.erp_code = o.client_erp_code
         WHERE o.credit_state = 'blocked' AND o.erp_key LIKE 'P%'`,
      )
      .all() as {
      reason: string;
      value: number;
      status: string;
      limit_: number;
      available: number;
      overdue: number;
      used: number;
    }[];
    for (const r of rows) {
      if (r.reason === 'client_blocked') expect(r.status).toBe('BLOQUEADO');
      else if (r.reason === 'no_limit') expect(r.limit_).toBe(0);
      else if (r.reason === 'overdue_titles') expect(r.overdue).toBeGreaterThan(0);
      // Above what is still available once the client's earlier released orders took their share.
      else expect(r.value).toBeGreaterThan(r.available - r.used);
    }
    expect(new Set(rows.map((r) => r.reason)).size).toBe(4);
  });

  it('filters by reason, seller, value range, age and client, and sorts by value with keyset pages', async () => {
    const all = await wholeQueue(admin);
    const reason = all[0]?.blockReason as 'limit_exceeded';
    const byReason = await wholeQueue(admin, { filters: { reasons: [reason] } });
    expect(byReason.length).toBe(all.filter((r) => r.blockReason === reason).length);
    const withReason = await queue(admin, { filters: { reasons: [reason] } });
    // Counts ignore the reason filter, so the chips keep showing the other reasons.
    expect(withReason.counts).toEqual((await queue(admin)).counts);

    const seller = all[0]?.sellerCode as string;
    expect(
      (await wholeQueue(admin, { filters: { sellerCode: seller } })).every((r) => r.sellerCode === seller),
    ).toBe(true);
    const values = all.map((r) => r.valueCents).sort((a, b) => a - b);
    const [lo, hi] = [
      values[Math.floor(values.length / 4)] as number,
      values[Math.floor((values.length * 3) / 4)] as number,
    ];
    const ranged = await wholeQueue(admin, { filters: { minValueCents: lo, maxValueCents: hi } });
    expect(ranged.length).toBe(values.filter((v) => v >= lo && v <= hi).length);
    const old = await wholeQueue(admin, { filters: { minAgeDays: 20 } });
    expect(old.length).toBe(all.filter((r) => r.ageDays >= 20).length);
    expect((await wholeQueue(admin, { filters: { maxAgeDays: 15 } })).every((r) => r.ageDays <= 15)).toBe(
      true,
    );
    const clientId = all[0]?.clientId as number;
    expect((await wholeQueue(admin, { filters: { clientId } })).every((r) => r.clientId === clientId)).toBe(
      true,
    );
    const name = all[0]?.clientName.slice(0, 6).toLowerCase() as string;
    const byText = await wholeQueue(admin, { filters: { clientText: name } });
    expect(byText.length).toBeGreaterThan(0);

    const byValue = await wholeQueue(admin, { sort: 'value_desc' });
    expect(byValue.map((r) => r.valueCents)).toEqual([...values].reverse());
  });

  it('asks for the permission "Crédito - Liberar pedidos bloqueados"', async () => {
    const ana = await t.loginAs('ana');
    const r = await t.call(ana, 'creditRelease.queue', {});
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('FORBIDDEN');
      expect(r.error.message).toContain('Crédito - Liberar pedidos bloqueados');
    }
    // The client screen's Pedidos tab is open to every agent.
    const row = (await queue(admin)).rows[0] as CreditOrderRow;
    const orders = ok(await t.call(ana, 'creditRelease.clientOrders', { clientId: row.clientId as number }));
    expect(orders.rows.some((o) => o.orderId === row.orderId)).toBe(true);
  });
});

describe('an order with the client position', () => {
  it('shows items, limit and balance, titles, largest purchase, last payment and the order against the balance', async () => {
    const row = (await queue(admin, { filters: { reasons: ['overdue_titles'] } })).rows[0] as CreditOrderRow;
    const d = ok(await t.call(admin, 'creditRelease.order', { orderId: row.orderId }));
    expect(d.items.length).toBeGreaterThan(0);
    expect(d.items.reduce((s, i) => s + i.totalCents, 0)).toBe(row.valueCents);
    const p = d.position;
    expect(p).not.toBeNull();
    if (!p) return;
    expect(p.overdueTitles.count).toBeGreaterThan(0);
    expect(p.overdueTitles.oldestDelayDays).toBeGreaterThan(10);
    expect(p.openTitles.count).toBeGreaterThanOrEqual(p.overdueTitles.count);
    expect(p.largestPurchase?.valueCents).toBeGreaterThanOrEqual(row.valueCents);
    expect(p.blockedOrders.count).toBeGreaterThanOrEqual(1);
    expect(d.balanceAfterCents).toBe(p.picture.values.availableBalanceCents - row.valueCents);
    // The admin group has no caps.
    expect(d.releaseRefusal).toBeNull();
  });
});

describe('release and reject through the ERP outbox', () => {
  it('Liberar: "aguardando ERP", the ERP confirms with the Idempotency-Key, the order leaves the queue, Histórico tells it', async () => {
    const row = await freeOrder();
    const before = ok(await t.call(admin, 'creditRelease.waitingCount', {})).waiting;
    sim.setFault('pedidos', { kind: 'status', status: 503 });
    const r = ok(
      await t.call(admin, 'creditRelease.release', { orderId: row.orderId, expectedVersion: row.version }),
    );
    await t.core.state.erpFlush;
    expect(r.order.decision).toMatchObject({
      kind: 'release',
      state: 'waiting_erp',
      userName: 'Administrador Demo',
    });
    expect(ok(await t.call(admin, 'creditRelease.waitingCount', {})).waiting).toBe(before - 1);
    // Still blocked in the ERP: the decision waits, with the reason the send failed.
    expect(sim.order(row.number)?.situacaoCredito).toBe('BLOQUEADO');
    const waiting = ok(await t.call(admin, 'creditRelease.order', { orderId: row.orderId }));
    expect(waiting.order.decision?.state).toBe('waiting_erp');

    sim.clearFaults();
    const flushed = await flushToErp(t.core);
    expect(flushed.problem).toBeNull();
    expect(sim.order(row.number)).toMatchObject({
      situacaoCredito: 'LIBERADO',
      decididoPor: { login: 'admin', nome: 'Administrador Demo' },
    });
    const keys = sim
      .requests()
      .filter((q) => q.path === `/v1/pedidos/${row.number}/liberacao-credito`)
      .map((q) => q.idempotencyKey);
    expect(keys.length).toBeGreaterThanOrEqual(2);
    expect(new Set(keys).size).toBe(1);
    const done = ok(await t.call(admin, 'creditRelease.order', { orderId: row.orderId }));
    expect(done.order).toMatchObject({
      creditState: 'released',
      decision: null,
      decidedBy: 'Administrador Demo',
    });
    expect((await wholeQueue(admin)).some((q) => q.orderId === row.orderId)).toBe(false);
    const h = await history(row.clientId as number);
    expect(h.some((a) => a.includes(`Pedido ${row.number}`) && a.includes('liberado'))).toBe(true);
    expect(h.some((a) => a.includes(`Liberação do pedido ${row.number} confirmada pelo ERP`))).toBe(false);
    const audit = ok(await t.call(admin, 'audit.list', { entity: 'credit_order', limit: 200 })).rows;
    expect(audit.some((a) => a.entityId === row.number && a.action.includes('confirmada pelo ERP'))).toBe(
      true,
    );
    // The next sync brings the same state back: nothing moves.
    await syncOrders(t, sim);
    expect(ok(await t.call(admin, 'creditRelease.order', { orderId: row.orderId })).order.creditState).toBe(
      'released',
    );
  });

  it('a lost answer is sent again with the same key and has a single effect in the ERP', async () => {
    const row = await freeOrder();
    const before = sim.orderDecisions();
    sim.setFault('pedidos', { kind: 'dropAfterProcessing', times: 1 });
    ok(await t.call(admin, 'creditRelease.release', { orderId: row.orderId, expectedVersion: row.version }));
    await t.core.state.erpFlush;
    sim.clearFaults();
    expect((await flushToErp(t.core)).problem).toBeNull();
    expect(sim.orderDecisions()).toBe(before + 1);
    expect(ok(await t.call(admin, 'creditRelease.order', { orderId: row.orderId })).order.creditState).toBe(
      'released',
    );
  });

  it('Rejeitar needs a reason (and the text for "Outro motivo"); the ERP receives it', async () => {
    const row = await freeOrder();
    const noText = await t.call(admin, 'creditRelease.reject', {
      orderId: row.orderId,
      expectedVersion: row.version,
      reason: 'other',
    });
    expect(noText.ok).toBe(false);
    if (!noText.ok) expect(noText.error.message).toContain('Descreva o motivo da rejeição');
    ok(
      await t.call(admin, 'creditRelease.reject', {
        orderId: row.orderId,
        expectedVersion: row.version,
        reason: 'client_request',
        note: 'Cliente pediu por telefone',
      }),
    );
    await t.core.state.erpFlush;
    expect(sim.order(row.number)).toMatchObject({
      situacaoCredito: 'REJEITADO',
      motivoRejeicao: 'Cancelado a pedido do cliente: Cliente pediu por telefone',
    });
    expect(ok(await t.call(admin, 'creditRelease.order', { orderId: row.orderId })).order.creditState).toBe(
      'rejected',
    );
    const h = await history(row.clientId as number);
    expect(
      h.some((a) => a.includes(`Pedido ${row.number}`) && a.includes('Cliente pediu por telefone')),
    ).toBe(true);
  });
});

describe('caps per group', () => {
  it('the maximum order value names the rule; a bigger cap releases', async () => {
    const row = await freeOrder();
    const small = await analyst(t, admin, 'capped', {
      maxOrderReleaseCents: row.valueCents - 1,
      mayReleaseOverdue: true,
    });
    const d = ok(await t.call(small, 'creditRelease.order', { orderId: row.orderId }));
    expect(d.releaseRefusal).toContain('valor máximo de pedido para liberar');
    const refused = await t.call(small, 'creditRelease.release', {
      orderId: row.orderId,
      expectedVersion: row.version,
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('CREDIT_RELEASE_REFUSED');
      expect(refused.error.message).toContain('valor máximo de pedido para liberar');
      expect(refused.error.message).toContain(row.number);
    }
    // Nothing was recorded by the refusal.
    expect(
      ok(await t.call(admin, 'creditRelease.order', { orderId: row.orderId })).order.decision,
    ).toBeNull();
    const big = await analyst(t, admin, 'uncapped', {
      maxOrderReleaseCents: row.valueCents,
      mayReleaseOverdue: true,
    });
    ok(await t.call(big, 'creditRelease.release', { orderId: row.orderId, expectedVersion: row.version }));
    await t.core.state.erpFlush;
  });

  it('a group that may not release clients with overdue titles is refused by name; rejecting stays allowed', async () => {
    const row = (await wholeQueue(admin, { filters: { reasons: ['overdue_titles'] } })).find(
      (r) => !r.decision,
    );
    if (!row) throw new Error('no order blocked for overdue titles');
    const s = await analyst(t, admin, 'no-overdue', { maxOrderReleaseCents: null, mayReleaseOverdue: false });
    const refused = await t.call(s, 'creditRelease.release', {
      orderId: row.orderId,
      expectedVersion: row.version,
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain('liberar cliente com títulos vencidos');
    const preview = ok(await t.call(s, 'creditRelease.clientPreview', { clientId: row.clientId as number }));
    expect(preview.refusal).toContain('títulos vencidos');
    ok(
      await t.call(s, 'creditRelease.reject', {
        orderId: row.orderId,
        expectedVersion: row.version,
        reason: 'overdue_titles',
      }),
    );
    await t.core.state.erpFlush;
  });

  it('the caps are stored with the group and listed back', async () => {
    const groups = ok(await t.call(admin, 'groups.list', {}));
    expect(groups.find((g) => g.name === 'Crédito no-overdue')).toMatchObject({
      maxOrderReleaseCents: null,
      mayReleaseOverdue: false,
    });
    const capped = groups.find((g) => g.name === 'Crédito capped') as (typeof groups)[number];
    // Saving the group without the caps (an older screen) keeps them.
    ok(
      await t.call(admin, 'groups.save', {
        id: capped.id,
        name: capped.name,
        permissions: capped.permissions,
        maxCreditIncreaseCents: null,
      }),
    );
    const again = ok(await t.call(admin, 'groups.list', {})).find((g) => g.id === capped.id);
    expect(again?.maxOrderReleaseCents).toBe(capped.maxOrderReleaseCents);
  });
});

describe('conflicts', () => {
  it('the ERP changed the value before the decision arrived: a clear conflict, nothing overwritten', async () => {
    const row = await freeOrder();
    sim.changeOrder(row.number, { valorCents: row.valueCents + 50_000 });
    ok(await t.call(admin, 'creditRelease.release', { orderId: row.orderId, expectedVersion: row.version }));
    await t.core.state.erpFlush;
    expect(sim.order(row.number)?.situacaoCredito).toBe('BLOQUEADO');
    const d = ok(await t.call(admin, 'creditRelease.order', { orderId: row.orderId }));
    expect(d.order.creditState).toBe('blocked');
    expect(d.order.valueCents).toBe(row.valueCents + 50_000);
    expect(d.order.decision?.state).toBe('conflict');
    expect(d.order.decision?.message).toContain('valor de');
    // Back in the badge count, and decidable again on the new version.
    ok(
      await t.call(admin, 'creditRelease.release', {
        orderId: row.orderId,
        expectedVersion: d.order.version,
      }),
    );
    await t.core.state.erpFlush;
    expect(sim.order(row.number)?.situacaoCredito).toBe('LIBERADO');
  });

  it('someone released it in the ERP meanwhile: the conflict names who', async () => {
    const row = await freeOrder();
    sim.changeOrder(row.number, {
      situacaoCredito: 'LIBERADO',
      motivoBloqueio: null,
      decididoPor: { login: 'marcos', nome: 'Marcos Bianchi' },
      decididoEm: new Date().toISOString(),
    });
    ok(await t.call(admin, 'creditRelease.release', { orderId: row.orderId, expectedVersion: row.version }));
    await t.core.state.erpFlush;
    const d = ok(await t.call(admin, 'creditRelease.order', { orderId: row.orderId }));
    expect(d.order.creditState).toBe('released');
    expect(d.order.decidedBy).toBe('Marcos Bianchi');
    const h = await history(row.clientId as number);
    expect(h.some((a) => a.includes('Marcos Bianchi') && a.includes('não aplicada'))).toBe(true);
  });

  it('a decision on a version older than the synced one is refused before it is recorded', async () => {
    const row = await freeOrder();
    sim.changeOrder(row.number, { valorCents: row.valueCents + 1_000 });
    await syncOrders(t, sim);
    const r = await t.call(admin, 'creditRelease.release', {
      orderId: row.orderId,
      expectedVersion: row.version,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'CONFLICT' });
    if (!r.ok) expect(r.error.message).toContain('mudou no ERP');
  });

  it('two analysts on the same order at once: one wins, the other is told who decided', async () => {
    const row = await freeOrder();
    const a = await analyst(t, admin, 'beatriz', { maxOrderReleaseCents: null, mayReleaseOverdue: true });
    const b = await analyst(t, admin, 'carlos', { maxOrderReleaseCents: null, mayReleaseOverdue: true });
    const [ra, rb] = await Promise.all([
      t.call(a, 'creditRelease.release', { orderId: row.orderId, expectedVersion: row.version }),
      t.call(b, 'creditRelease.reject', {
        orderId: row.orderId,
        expectedVersion: row.version,
        reason: 'duplicate_order',
      }),
    ]);
    const results = [ra, rb];
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const loser = results.find((r) => !r.ok);
    const winner = ra.ok ? 'Analista beatriz' : 'Analista carlos';
    if (loser && !loser.ok) {
      expect(loser.error.code).toBe('CONFLICT');
      expect(loser.error.message).toContain(winner);
    }
    await t.core.state.erpFlush;
  });
});

describe('release all blocked orders of a client', () => {
  it('lists them with the total, releases exactly those with one confirmation, and refuses a list that changed', async () => {
    const base = await freeOrder();
    const code = base.clientErpCode;
    const clientId = base.clientId as number;
    sim.addOrder(code, { valueCents: 12_345, blockReason: 'LIMITE_EXCEDIDO' });
    sim.addOrder(code, { valueCents: 23_456, blockReason: 'LIMITE_EXCEDIDO' });
    const events: unknown[] = [];
    const off = t.core.events.subscribe((e, p) => e === 'creditRelease.changed' && events.push(p));
    await syncOrders(t, sim);
    expect(events.length).toBeGreaterThan(0);
    const preview = ok(await t.call(admin, 'creditRelease.clientPreview', { clientId }));
    expect(preview.orders.length).toBeGreaterThanOrEqual(3);
    expect(preview.totalCents).toBe(preview.orders.reduce((s, o) => s + o.valueCents, 0));
    expect(preview.refusal).toBeNull();

    // A new block arrives after the confirmation opened: the whole set is refused.
    sim.addOrder(code, { valueCents: 34_567, blockReason: 'LIMITE_EXCEDIDO' });
    await syncOrders(t, sim);
    const stale = await t.call(admin, 'creditRelease.releaseClient', {
      clientId,
      orders: preview.orders.map((o) => ({ orderId: o.orderId, expectedVersion: o.version })),
    });
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.error.message).toContain('mudaram depois da confirmação');

    const fresh = ok(await t.call(admin, 'creditRelease.clientPreview', { clientId }));
    const released = ok(
      await t.call(admin, 'creditRelease.releaseClient', {
        clientId,
        orders: fresh.orders.map((o) => ({ orderId: o.orderId, expectedVersion: o.version })),
      }),
    );
    expect(released.orders.every((o) => o.decision?.state === 'waiting_erp')).toBe(true);
    expect(released.totalCents).toBe(fresh.totalCents);
    await t.core.state.erpFlush;
    expect((await flushToErp(t.core)).problem).toBeNull();
    for (const o of fresh.orders) expect(sim.order(o.number)?.situacaoCredito).toBe('LIBERADO');
    expect((await wholeQueue(admin, { filters: { clientId } })).length).toBe(0);
    off();
  });
});
