import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createErpGateway } from '../../electron/main/gateways/erp/erp-client';
import type { ErpGateway } from '../../electron/main/gateways/erp/erp-gateway';
import { startErpSimulator, type ErpSimulatorHandle } from '../../tools/simulators/erp/server';
import type { Endpoint, Fault } from '../../tools/simulators/erp/faults';

let sim: ErpSimulatorHandle;
let erp: ErpGateway;
const sleeps: number[] = [];
const gatewayFor = (token: string, timeoutMs = 400) =>
  createErpGateway({
    baseUrl: sim.url,
    token,
    timeoutMs,
    longTimeoutMs: timeoutMs,
    retry: { attempts: 3, baseDelayMs: 10, maxDelayMs: 40 },
    onRetry: (ms) => void sleeps.push(ms),
  });

beforeAll(async () => {
  sim = await startErpSimulator({ clients: 300 });
  erp = gatewayFor(sim.token);
});
afterAll(() => sim.stop());
afterEach(() => {
  sim.clearFaults();
  sleeps.length = 0;
});

const SHOWCASE = '82467786';
const hits = (endpoint: Endpoint, method?: string) =>
  sim.requests().filter((r) => r.endpoint === endpoint && (!method || r.method === method)).length;
const key = () => `k-${Math.random().toString(36).slice(2)}`;
const actor = { login: 'ana', name: 'Ana Atendente' };

describe('ERP gateway against the simulator: every endpoint', () => {
  it('reads the ERP name and version', async () => {
    expect(await erp.about()).toMatchObject({
      erpName: 'Simulador ERP Oeste',
      erpVersion: '2026.11.3',
      apiVersion: '1.0.0',
    });
  });

  it('reads the showcase financial summary of the product document, money in centavos', async () => {
    expect(await erp.financialSummary(SHOWCASE)).toMatchObject({
      erpCode: SHOWCASE,
      availableBalanceCents: 964_808,
      creditLimitCents: 1_000_000,
      lastOrderDate: '2026-11-10',
      lastInvoiceDate: '2026-11-19',
      creditStatus: 'ADIMPLENTE',
    });
  });

  it('lists open boletos and downloads one as a real PDF named by its identifier', async () => {
    const boletos = await erp.openBoletos(SHOWCASE);
    expect(boletos.map((b) => [b.id, b.dueDate, b.amountCents, b.environment])).toEqual([
      ['3000-0001348020', '2026-12-12', 17_596, 'Distribuidora'],
      ['3000-0001355908', '2026-12-18', 17_596, 'Distribuidora'],
    ]);
    const pdf = await erp.boletoPdf(SHOWCASE, '3000-0001355908');
    expect(pdf.fileName).toBe('3000-0001355908.pdf');
    expect(pdf.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.pdf.toString('latin1')).toContain('3000-0001355908');
  });

  it('says NOT_FOUND for an unknown client or a boleto of another client', async () => {
    await expect(erp.financialSummary('99999999')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(erp.boletoPdf(SHOWCASE, '3000-0000000257')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('pages through a table with tokens and hands back the cursor to continue from', async () => {
    const first = await erp.readTable('empresa', { changedSince: null, pageToken: null, pageSize: 50 });
    expect(first.records).toHaveLength(50);
    expect(first.records[0]).toMatchObject({
      erpCode: SHOWCASE,
      document: '02407786000191',
      personType: 'J',
    });
    const second = await erp.readTable('empresa', {
      changedSince: null,
      pageToken: first.nextPageToken,
      pageSize: 50,
    });
    expect(second.cursor).toBe(first.cursor);
    expect(new Set([...first.records, ...second.records].map((r) => r.erpCode)).size).toBe(100);
    const titles = await erp.readTable('fatura', { changedSince: null, pageToken: null, pageSize: 5 });
    expect(titles.records[0]).toMatchObject({ key: '0045871/1', erpCode: SHOWCASE, status: 'paid' });
    expect(titles.records[0]?.movements.map((m) => m.kind)).toEqual(['entry', 'payment']);
    const sellers = await erp.readTable('vendedor', { changedSince: null, pageToken: null });
    expect(sellers.records[0]).toMatchObject({ key: 'V001', data: { nome: 'Ana Paula Ribeiro' } });
  });

  it('reads only what changed since the cursor', async () => {
    const cursor = (await erp.readTable('fatura', { changedSince: null, pageToken: null, pageSize: 1 }))
      .cursor;
    expect((await erp.readTable('fatura', { changedSince: cursor, pageToken: null })).records).toEqual([]);
    sim.payTitle('0048112/1');
    const delta = await erp.readTable('fatura', { changedSince: cursor, pageToken: null });
    expect(delta.records.map((r) => [r.key, r.status])).toEqual([['0048112/1', 'paid']]);
  });

  it('writes credit back, and a retried PUT with the same idempotency key applies once', async () => {
    const k = key();
    const update = {
      creditStatus: 'BLOQUEADO' as const,
      creditLimitCents: 1_500_000,
      changedBy: actor,
      reason: 'teste',
      idempotencyKey: k,
    };
    const code = (await erp.readTable('empresa', { changedSince: null, pageToken: null, pageSize: 3 }))
      .records[2]!.erpCode;
    expect(await erp.updateCredit(code, update)).toMatchObject({
      creditStatus: 'BLOQUEADO',
      creditLimitCents: 1_500_000,
    });
    expect(await erp.financialSummary(code)).toMatchObject({
      creditStatus: 'BLOQUEADO',
      creditLimitCents: 1_500_000,
    });
    await expect(erp.updateCredit(code, { ...update, creditLimitCents: 1 })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
  });

  it('records bureau queries every desktop can list, newest first', async () => {
    const doc = '02407786000191';
    const base = { document: doc, queriedBy: actor, desktop: 'ESTACAO-07', product: 'B2C3D4E5' };
    await erp.recordBureauQuery({
      ...base,
      queriedAt: '2026-11-22T13:00:00.000Z',
      resultSummary: 'Score 720',
      idempotencyKey: key(),
    });
    await erp.recordBureauQuery({
      ...base,
      queriedAt: '2026-11-22T14:00:00.000Z',
      resultSummary: 'Score 700',
      idempotencyKey: key(),
    });
    const list = await erp.listBureauQueries(doc);
    expect(list.map((q) => q.resultSummary)).toEqual(['Score 700', 'Score 720']);
    expect(list[0]).toMatchObject({ desktop: 'ESTACAO-07', queriedBy: actor, product: 'B2C3D4E5' });
  });

  it('keeps shared settings with compare-and-set', async () => {
    expect(await erp.getSharedSetting('syncHost')).toBeNull();
    const first = await erp.putSharedSetting('syncHost', {
      value: 'ESTACAO-01',
      updatedBy: 'admin',
      expectedVersion: 0,
      idempotencyKey: key(),
    });
    expect(first.version).toBe(1);
    await expect(
      erp.putSharedSetting('syncHost', {
        value: 'ESTACAO-02',
        updatedBy: 'admin',
        expectedVersion: 0,
        idempotencyKey: key(),
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await erp.listSharedSettings()).map((s) => [s.key, s.value])).toEqual([
      ['syncHost', 'ESTACAO-01'],
    ]);
  });
});

describe('ERP gateway against the simulator: every fault', () => {
  const READS: [Endpoint, () => Promise<unknown>][] = [
    ['sobre', () => erp.about()],
    ['tabelas', () => erp.readTable('empresa', { changedSince: null, pageToken: null, pageSize: 2 })],
    ['resumoFinanceiro', () => erp.financialSummary(SHOWCASE)],
    ['boletos', () => erp.openBoletos(SHOWCASE)],
    ['boletoPdf', () => erp.boletoPdf(SHOWCASE, '3000-0001355908')],
    ['consultasBureau', () => erp.listBureauQueries('02407786000191')],
    ['configuracoes', () => erp.listSharedSettings()],
  ];
  const cases: [string, Fault, string][] = [
    ['5xx', { kind: 'status', status: 500 }, 'ERP_SERVER_ERROR'],
    ['proxy 503 page', { kind: 'status', status: 503 }, 'ERP_SERVER_ERROR'],
    ['timeout', { kind: 'timeout', ms: 5_000 }, 'ERP_TIMEOUT'],
    ['malformed JSON', { kind: 'malformed' }, 'ERP_BAD_RESPONSE'],
    ['JSON off the contract', { kind: 'wrongShape' }, 'ERP_BAD_RESPONSE'],
    ['connection reset', { kind: 'reset' }, 'ERP_UNREACHABLE'],
  ];
  for (const [endpoint, read] of READS) {
    for (const [label, fault, code] of cases) {
      it(`${endpoint}: ${label} → ${code}`, async () => {
        sim.setFault(endpoint, fault);
        const before = hits(endpoint, 'GET');
        await expect(read()).rejects.toMatchObject({ code });
        const retried = code !== 'ERP_BAD_RESPONSE';
        expect(hits(endpoint, 'GET') - before).toBe(retried ? 3 : 1);
      });
    }
    it(`${endpoint}: slow but within the timeout → answers`, async () => {
      sim.setFault(endpoint, { kind: 'slow', ms: 100 });
      await expect(read()).resolves.toBeTruthy();
    });
    it(`${endpoint}: one 503, then success → answers after a jittered backoff`, async () => {
      sim.setFault(endpoint, { kind: 'status', status: 503, times: 1 });
      await expect(read()).resolves.toBeTruthy();
      expect(sleeps).toHaveLength(1);
      expect(sleeps[0]).toBeLessThanOrEqual(10);
    });
  }

  it('boletoPdf: a damaged PDF with a valid header still reaches the viewer, which reports it', async () => {
    sim.setFault('boletoPdf', { kind: 'corruptPdf' });
    const pdf = await erp.boletoPdf(SHOWCASE, '3000-0001355908');
    expect(pdf.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.pdf.toString('latin1')).not.toContain('%%EOF');
  });

  it('a wrong token is ERP_AUTH_FAILED and is not retried', async () => {
    const before = hits('sobre');
    await expect(gatewayFor('wrong').about()).rejects.toMatchObject({
      code: 'ERP_AUTH_FAILED',
      message: expect.stringContaining('token'),
    });
    expect(hits('sobre') - before).toBe(1);
  });

  it('nothing listening is ERP_UNREACHABLE with a pt-BR message', async () => {
    const dead = createErpGateway({
      baseUrl: 'http://127.0.0.1:9',
      token: 'x',
      retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
    });
    await expect(dead.about()).rejects.toMatchObject({
      code: 'ERP_UNREACHABLE',
      message: expect.stringContaining('Não foi possível conectar'),
    });
  });

  const WRITES: [Endpoint, (k: string) => Promise<unknown>][] = [
    [
      'credito',
      (k) =>
        erp.updateCredit(SHOWCASE, {
          creditStatus: 'ADIMPLENTE',
          creditLimitCents: 1_000_000,
          changedBy: actor,
          reason: 'r',
          idempotencyKey: k,
        }),
    ],
    [
      'consultasBureau',
      (k) =>
        erp.recordBureauQuery({
          document: '11144477735',
          queriedAt: '2026-11-22T10:00:00Z',
          queriedBy: actor,
          desktop: 'D1',
          product: 'A1B2C3D4',
          resultSummary: 'ok',
          idempotencyKey: k,
        }),
    ],
    [
      'configuracoes',
      (k) => erp.putSharedSetting('x', { value: 'v', updatedBy: 'admin', idempotencyKey: k }),
    ],
  ];
  for (const [endpoint, write] of WRITES) {
    it(`${endpoint} write: response lost after processing → retried with the same key, applied once`, async () => {
      sim.setFault(endpoint, { kind: 'dropAfterProcessing', times: 1 });
      const k = key();
      const before = hits(
        endpoint,
        endpoint === 'credito' ? 'PUT' : endpoint === 'configuracoes' ? 'PUT' : 'POST',
      );
      await expect(write(k)).resolves.toBeTruthy();
      const attempts = sim.requests().filter((r) => r.idempotencyKey === k);
      expect(attempts).toHaveLength(2);
      expect(hits(endpoint, attempts[0]!.method) - before).toBe(2);
    });
    for (const [label, fault, code] of cases) {
      it(`${endpoint} write: ${label} → ${code}`, async () => {
        sim.setFault(endpoint, fault);
        await expect(write(key())).rejects.toMatchObject({ code });
      });
    }
  }

  it('bureau query recorded once although its response was lost', async () => {
    const doc = '52998224725';
    sim.setFault('consultasBureau', { kind: 'dropAfterProcessing', times: 1 });
    await erp.recordBureauQuery({
      document: doc,
      queriedAt: '2026-11-22T10:00:00Z',
      queriedBy: actor,
      desktop: 'D1',
      product: 'A1B2C3D4',
      resultSummary: 'ok',
      idempotencyKey: key(),
    });
    expect(await erp.listBureauQueries(doc)).toHaveLength(1);
  });
});
