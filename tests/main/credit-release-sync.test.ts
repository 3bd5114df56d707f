/**
 * The orders reach the queue through the real ERP sync job ("Sincronizar agora", on its worker
 * thread): the queue follows the ERP as new blocks arrive and orders are released there, and
 * every run that brought orders tells open screens (`creditRelease.changed`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { erpSyncRunsInWorker } from '../../electron/main/workers/erp-sync-worker';
import { erpCodeFor } from '../../db/seed/identifiers';
import { startErpSimulator, type ErpSimulatorHandle } from '../../tools/simulators/erp/server';
import { ok } from './credit-release-fixture';
import { createTestCore, type TestCore } from './support/test-core';

let sim: ErpSimulatorHandle;
let t: TestCore;
let admin: string;
const changed: unknown[] = [];
beforeAll(async () => {
  sim = await startErpSimulator({ clients: 150, titles: 1500 });
  t = await createTestCore({
    clients: 150,
    options: { tuning: { erpClient: { retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 } } } },
  });
  admin = await t.loginAs('admin');
  ok(await t.call(admin, 'erp.settings.save', { baseUrl: sim.url, token: sim.token, syncTime: '00:00' }));
  t.core.events.subscribe((e, p) => e === 'creditRelease.changed' && changed.push(p));
}, 60_000);
afterAll(async () => {
  t.close();
  await sim.stop();
});

async function syncNow(): Promise<void> {
  ok(await t.call(admin, 'erp.sync.runNow', {}));
  for (;;) {
    const status = ok(await t.call(admin, 'erp.sync.status', {}));
    if (status.runningRunId === null) {
      expect(status.runs[0]?.status).toBe('success');
      return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

const waiting = async () => ok(await t.call(admin, 'creditRelease.waitingCount', {})).waiting;

describe('orders through the ERP sync job', () => {
  it('"Sincronizar agora" (worker thread) fills the queue with every blocked order and announces it', async () => {
    expect(erpSyncRunsInWorker(t.core)).toBe(true);
    expect(await waiting()).toBe(0);
    await syncNow();
    const blocked = (await (async () => {
      let token: string | null = null;
      let n = 0;
      do {
        const res = await fetch(
          `${sim.url}/v1/tabelas/pedido?tamanhoPagina=5000${token ? `&pagina=${token}` : ''}`,
          {
            headers: { authorization: `Bearer ${sim.token}` },
          },
        );
        const page = (await res.json()) as {
          registros: { situacaoCredito: string }[];
          proximaPagina: string | null;
        };
        n += page.registros.filter((o) => o.situacaoCredito === 'BLOQUEADO').length;
        token = page.proximaPagina;
      } while (token);
      return n;
    })()) as number;
    expect(blocked).toBeGreaterThan(5);
    expect(await waiting()).toBe(blocked);
    expect(changed.length).toBeGreaterThan(0);
    // Items came too, so an order opens with them.
    const first = ok(await t.call(admin, 'creditRelease.queue', {})).rows[0];
    const detail = ok(await t.call(admin, 'creditRelease.order', { orderId: first?.orderId as number }));
    expect(detail.items.length).toBeGreaterThan(0);
  });

  it('a new block in the ERP joins the queue and the badge; an order released in the ERP leaves it', async () => {
    const before = await waiting();
    const announced = changed.length;
    const numero = sim.addOrder(erpCodeFor(7), { valueCents: 987_654, blockReason: 'LIMITE_EXCEDIDO' });
    const gone = ok(await t.call(admin, 'creditRelease.queue', {})).rows.find((r) => r.number !== numero);
    sim.changeOrder(gone?.number as string, {
      situacaoCredito: 'LIBERADO',
      motivoBloqueio: null,
      decididoPor: { login: 'marcos', nome: 'Marcos Bianchi' },
      decididoEm: new Date().toISOString(),
    });
    await syncNow();
    expect(await waiting()).toBe(before);
    expect(changed.length).toBeGreaterThan(announced);
    const rows = ok(
      await t.call(admin, 'creditRelease.queue', { filters: { reasons: ['limit_exceeded'] } }),
    ).rows;
    expect(rows.find((r) => r.number === numero)).toMatchObject({
      valueCents: 987_654,
      blockReason: 'limit_exceeded',
    });
    const released = ok(await t.call(admin, 'creditRelease.order', { orderId: gone?.orderId as number }));
    expect(released.order).toMatchObject({ creditState: 'released', decidedBy: 'Marcos Bianchi' });
  });
});
