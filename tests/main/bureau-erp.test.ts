import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getBureauConfig, saveBureauConfig } from '../../electron/main/db/repos/bureau-settings.repo';
import { receivableUpserter } from '../../electron/main/db/repos/receivables.repo';
import { createErpGateway } from '../../electron/main/gateways/erp/erp-client';
import type { ErpGateway, ErpReceivableTitle } from '../../electron/main/gateways/erp/erp-gateway';
import { desktopName, flushToErp } from '../../electron/main/services/credit/erp-sync';
import { startCreditBackground } from '../../electron/main/services/credit/credit-background';
import { DEFAULT_EMAIL, DEFAULT_PASSWORD } from '../../tools/simulators/bureau/fixtures';
import { createBureauClient } from '../../electron/main/gateways/bureau/bureau-client';
import { startErpSimulator, type ErpSimulatorHandle } from '../../tools/simulators/erp/server';
import { bureauFixture, newKey, type BureauFixture } from './bureau-fixture';

let f: BureauFixture;
let erpSim: ErpSimulatorHandle;
let erp: ErpGateway;
let erpUp = true;
beforeAll(async () => {
  erpSim = await startErpSimulator({ clients: 40, titles: 40 });
  erp = createErpGateway({
    baseUrl: erpSim.url,
    token: erpSim.token,
    timeoutMs: 2_000,
    retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
  });
  const erpGateway = async () =>
    erpUp
      ? erp
      : createErpGateway({
          baseUrl: 'http://127.0.0.1:1',
          token: 'x',
          retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
        });
  f = await bureauFixture({ clients: 40, options: { erpGateway, tuning: { erpOutboxEveryMs: 50 } } });
});
afterAll(async () => {
  await erpSim.stop();
  await f.close();
});

const title = (
  key: string,
  status: ErpReceivableTitle['status'],
  amountCents: number,
): ErpReceivableTitle => {
  const erpCode = (
    f.t.core.db.prepare('SELECT erp_code FROM clients WHERE id = ?').get(f.pj.id) as { erp_code: string }
  ).erp_code;
  return {
    key,
    erpCode,
    titleNumber: key.split('/')[0] as string,
    installment: 1,
    issueDate: '2026-01-05',
    dueDate: '2026-02-05',
    amountCents,
    paidCents: status === 'partial' ? 10_000 : status === 'paid' ? amountCents : 0,
    paymentDate: status === 'paid' ? '2026-02-01' : null,
    status,
    environment: 'Distribuidora',
    boletoId: null,
    digitableLine: null,
    movements: [],
    changedAt: '2026-02-01T12:00:00.000Z',
  };
};
const run = (clientId: number, productId: string) =>
  f.t.call(f.agent, 'bureau.query.run', { clientId, productId, idempotencyKey: newKey() });

describe('before each query the open receivables of the client go to the bureau', () => {
  it('sends only the open and partial titles, keyed per title, and still bills one query', async () => {
    const upsert = receivableUpserter(f.t.core.db);
    const at = new Date().toISOString();
    upsert(title('NF-7001/1', 'open', 120_000), at);
    upsert(title('NF-7002/1', 'partial', 80_000), at);
    upsert(title('NF-7003/1', 'paid', 50_000), at);
    saveBureauConfig(f.t.core.db, { ...getBureauConfig(f.t.core.db), receivablesUploadEnabled: true });
    const billed = f.sim.billedQueries();
    const r = await run(f.pj.id, 'B2C3D4E5');
    expect(r).toMatchObject({ ok: true, value: { status: 'succeeded', receivablesNote: null } });
    const records = f.sim.receivables().records;
    expect([...records.keys()].sort()).toEqual(['NF-7001/1#entry', 'NF-7002/1#entry']);
    expect(records.get('NF-7002/1#entry')).toMatchObject({
      documentoCliente: f.pj.document,
      situacao: 'parcial',
      valorPagoCentavos: 10_000,
    });
    expect(f.sim.billedQueries()).toBe(billed + 1);
    const order = f.sim
      .requests()
      .map((q) => q.path)
      .filter((p) => !p.endsWith('/entrar'));
    expect(order.slice(-2)).toEqual(['/api/v3/contas-receber/lotes', '/api/v3/consultas/depsmix']);
  });

  it('with the provisional upload switched off nothing is sent and the agent is told', async () => {
    saveBureauConfig(f.t.core.db, { ...getBureauConfig(f.t.core.db), receivablesUploadEnabled: false });
    const batches = f.sim.receivables().batches.length;
    const r = await run(f.pj.id, 'B2C3D4E5');
    expect(r).toMatchObject({ ok: true, value: { receivablesNote: expect.stringContaining('desativado') } });
    expect(f.sim.receivables().batches).toHaveLength(batches);
  });
});

describe("the ERP's shared query records", () => {
  it('every query this desktop makes reaches the ERP for the other desktops', async () => {
    await flushToErp(f.t.core);
    const shared = await erp.listBureauQueries(f.pj.document);
    expect(shared.filter((q) => q.desktop === desktopName()).length).toBeGreaterThanOrEqual(2);
    const unposted = f.t.core.db.prepare(
      "SELECT count(*) AS n FROM bureau_queries WHERE erp_posted_at IS NULL AND status = 'succeeded'",
    );
    expect(unposted.get()).toEqual({ n: 0 });
    // This desktop's own records come back from the ERP but are listed once, from the ledger.
    const list = await f.t.call(f.agent, 'bureau.query.list', { clientId: f.pj.id });
    expect(list.ok && list.value.rows.map((r) => r.source)).toEqual(['local', 'local']);
  });

  it("a query of another desktop is offered; viewing it reuses the bureau's result without paying", async () => {
    // Another desktop queried this person 10 days ago: the bureau holds the result, the ERP the record.
    const other = await createBureauClient(
      {
        baseUrl: f.sim.url,
        email: DEFAULT_EMAIL,
        password: DEFAULT_PASSWORD,
        tls: { caPem: f.sim.caPem, spkiPin: null },
        timeoutMs: 5_000,
      },
      { get: () => null, set: () => undefined },
    );
    await other.queryMix({ document: f.pf.document, productId: 'A1B2C3D4', reuseExisting: false });
    other.close();
    await erp.recordBureauQuery({
      document: f.pf.document,
      queriedAt: new Date(Date.now() - 10 * 86_400_000).toISOString(),
      queriedBy: { login: 'joao', name: 'João Lima' },
      desktop: 'ATENDIMENTO-09',
      product: 'A1B2C3D4',
      resultSummary: 'Consulta feita pelo outro sistema.',
      idempotencyKey: newKey(),
    });
    const recent = await f.t.call(f.agent, 'bureau.query.recent', { clientId: f.pf.id });
    expect(recent).toMatchObject({
      ok: true,
      value: {
        erpNote: null,
        row: { source: 'erp', userName: 'João Lima (ATENDIMENTO-09)', hasResult: false },
      },
    });
    const billed = f.sim.billedQueries();
    const view = await f.t.call(f.agent, 'bureau.query.fetchShared', {
      clientId: f.pf.id,
      productId: 'A1B2C3D4',
      idempotencyKey: newKey(),
    });
    expect(view).toMatchObject({
      ok: true,
      value: {
        status: 'succeeded',
        detail: { row: { reused: true }, decision: { score: { state: 'found' } } },
      },
    });
    expect(f.sim.billedQueries()).toBe(billed);
  });

  it('with the ERP down, the local queries are still checked and the agent is told', async () => {
    erpUp = false;
    try {
      const recent = await f.t.call(f.agent, 'bureau.query.recent', { clientId: f.pj.id });
      expect(recent).toMatchObject({
        ok: true,
        value: { row: { source: 'local' }, erpNote: expect.stringContaining('outros computadores') },
      });
    } finally {
      erpUp = true;
    }
  });

  it('a credit change is written back to the ERP from the outbox, once', async () => {
    const limit = (
      f.t.core.db.prepare('SELECT credit_limit_cents AS l FROM clients WHERE id = ?').get(f.pj.id) as {
        l: number;
      }
    ).l;
    const r = await f.t.call(f.agent, 'credit.update', {
      clientId: f.pj.id,
      creditLimitCents: limit + 100_000,
      creditStatus: 'ADIMPLENTE',
      expectedCreditLimitCents: limit,
      bureauQueryId: null,
    });
    expect(r.ok).toBe(true);
    await flushToErp(f.t.core);
    const erpCode = (
      f.t.core.db.prepare('SELECT erp_code FROM clients WHERE id = ?').get(f.pj.id) as {
        erp_code: string;
      }
    ).erp_code;
    expect(await erp.financialSummary(erpCode)).toMatchObject({ creditLimitCents: limit + 100_000 });
    expect(
      f.t.core.db.prepare('SELECT count(*) AS n FROM credit_outbox WHERE sent_at IS NULL').get(),
    ).toEqual({ n: 0 });
    const puts = erpSim.requests().filter((q) => q.endpoint === 'credito' && q.method === 'PUT');
    expect(puts).toHaveLength(1);
  });
});

describe('the ERP outbox as a scheduler job', () => {
  it('a write-back the ERP missed is resent by a run that shows in the integration run log', async () => {
    const limit = (
      f.t.core.db.prepare('SELECT credit_limit_cents AS l FROM clients WHERE id = ?').get(f.pj.id) as {
        l: number;
      }
    ).l;
    const pending = () =>
      (
        f.t.core.db.prepare('SELECT count(*) AS n FROM credit_outbox WHERE sent_at IS NULL').get() as {
          n: number;
        }
      ).n;
    erpUp = false;
    const r = await f.t.call(f.agent, 'credit.update', {
      clientId: f.pj.id,
      creditLimitCents: limit + 50_000,
      creditStatus: 'ADIMPLENTE',
      expectedCreditLimitCents: limit,
      bureauQueryId: null,
    });
    expect(r.ok).toBe(true);
    await flushToErp(f.t.core);
    expect(pending()).toBe(1);
    const runs = async () => {
      const page = await f.t.call(f.admin, 'integration.runs.list', { limit: 100 });
      if (!page.ok) throw new Error(page.error.message);
      return page.value.runs.filter((run) => run.job === 'erpOutbox');
    };
    const stop = startCreditBackground(f.t.core);
    try {
      await vi.waitFor(async () => expect((await runs()).some((run) => run.status === 'error')).toBe(true));
      const failed = (await runs()).find((run) => run.status === 'error');
      expect(failed?.outcome).toMatch(/aguarda/);
      erpUp = true;
      await vi.waitFor(async () => expect(pending()).toBe(0));
      await vi.waitFor(async () =>
        expect((await runs())[0]).toMatchObject({
          status: 'success',
          outcome: '1 registro(s) enviado(s) ao ERP.',
        }),
      );
    } finally {
      erpUp = true;
      stop();
      await f.t.core.scheduler.stop();
    }
  });
});
