import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findClientIdByErpCode } from '../../electron/main/db/repos/clients.repo';
import { startErpSimulator, type ErpSimulatorHandle } from '../../tools/simulators/erp/server';
import { createTestCore, type TestCore } from './support/test-core';

let sim: ErpSimulatorHandle;
let t: TestCore;
let agent: string;
let showcase: number;
let clock = new Date('2026-11-22T14:00:00.000Z');

beforeAll(async () => {
  sim = await startErpSimulator({ clients: 300 });
  t = await createTestCore({
    clients: 300,
    now: () => clock,
    options: {
      tuning: { erpClient: { retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 2 }, timeoutMs: 500 } },
    },
  });
  const admin = await t.loginAs('admin');
  await t.call(admin, 'erp.settings.save', { baseUrl: sim.url, token: sim.token, syncTime: '00:00' });
  agent = await t.loginAs('ana');
  showcase = findClientIdByErpCode(t.core.db, '82467786') as number;
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

describe('Informações Financeiras', () => {
  it('answers at once from the local register, then from the ERP with "atualizado em"', async () => {
    const cached = ok(await t.call(agent, 'finance.summary.cached', { clientId: showcase }));
    expect(cached).toMatchObject({ updatedAt: null, stale: false, values: { creditLimitCents: 1_000_000 } });
    const fresh = ok(await t.call(agent, 'finance.summary.refresh', { clientId: showcase }));
    expect(fresh).toEqual({
      clientId: showcase,
      values: {
        availableBalanceCents: 964_808,
        creditLimitCents: 1_000_000,
        lastOrderDate: '2026-11-10',
        lastInvoiceDate: '2026-11-19',
        creditStatus: 'ADIMPLENTE',
      },
      pendingErp: null,
      updatedAt: '2026-11-22T14:00:00.000Z',
      stale: false,
      staleCode: null,
      staleReason: null,
    });
    expect(ok(await t.call(agent, 'finance.summary.cached', { clientId: showcase })).updatedAt).toBe(
      '2026-11-22T14:00:00.000Z',
    );
  });

  it('keeps the cached values, marked stale with the pt-BR reason, when the ERP fails', async () => {
    await t.call(agent, 'finance.summary.refresh', { clientId: showcase });
    clock = new Date('2026-11-22T15:00:00.000Z');
    for (const [fault, code, text] of [
      [{ kind: 'timeout', ms: 3_000 }, 'ERP_TIMEOUT', 'não respondeu'],
      [{ kind: 'status', status: 502 }, 'ERP_SERVER_ERROR', 'erro 502'],
      [{ kind: 'malformed' }, 'ERP_BAD_RESPONSE', 'fora do formato'],
      [{ kind: 'reset' }, 'ERP_UNREACHABLE', 'Não foi possível conectar'],
    ] as const) {
      sim.setFault('resumoFinanceiro', fault);
      const r = ok(await t.call(agent, 'finance.summary.refresh', { clientId: showcase }));
      expect(r, code).toMatchObject({
        stale: true,
        staleCode: code,
        staleReason: expect.stringContaining(text),
        updatedAt: '2026-11-22T14:00:00.000Z',
        values: { availableBalanceCents: 964_808 },
      });
    }
  });

  it('says the integration is not configured instead of failing', async () => {
    const other = await createTestCore({ clients: 20 });
    try {
      const key = await other.loginAs('ana');
      const id = findClientIdByErpCode(other.core.db, '82467786') as number;
      const r = ok(await other.call(key, 'finance.summary.refresh', { clientId: id }));
      expect(r).toMatchObject({
        stale: true,
        staleCode: 'ERP_NOT_CONFIGURED',
        values: { creditLimitCents: 1_000_000 },
      });
    } finally {
      other.close();
    }
  });
});

describe('Faturas abertas and Emitir', () => {
  it('lists the open boletos live and returns one as a Base64 PDF named by its identifier', async () => {
    const list = ok(await t.call(agent, 'finance.boletos.list', { clientId: showcase }));
    expect(list).toMatchObject({ source: 'erp', staleReason: null });
    expect(list.boletos.map((b) => b.id)).toEqual(['3000-0001348020', '3000-0001355908']);
    const file = ok(
      await t.call(agent, 'finance.boletos.pdf', { clientId: showcase, boletoId: '3000-0001355908' }),
    );
    expect(file.fileName).toBe('3000-0001355908.pdf');
    expect(Buffer.from(file.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('falls back to the titles of the last sync, marked stale, when the ERP is down', async () => {
    const admin = await t.loginAs('admin');
    await t.call(admin, 'erp.sync.runNow', {});
    for (;;) {
      const s = ok(await t.call(admin, 'erp.sync.status', {}));
      if (s.runningRunId === null) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    sim.setFault('boletos', { kind: 'status', status: 500 });
    const list = ok(await t.call(agent, 'finance.boletos.list', { clientId: showcase }));
    expect(list).toMatchObject({ source: 'cache', staleCode: 'ERP_SERVER_ERROR' });
    expect(list.boletos.map((b) => [b.id, b.amountCents, b.environment])).toEqual([
      ['3000-0001348020', 17_596, 'Distribuidora'],
      ['3000-0001355908', 17_596, 'Distribuidora'],
    ]);
  });

  it('refuses a boleto id with stray characters and reports an unknown one', async () => {
    const bad = await t.call(agent, 'finance.boletos.pdf', { clientId: showcase, boletoId: '../etc/passwd' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const missing = await t.call(agent, 'finance.boletos.pdf', {
      clientId: showcase,
      boletoId: '3000-0000009999',
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
