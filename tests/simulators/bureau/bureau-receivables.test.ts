import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startBureauSimulator } from '../../../tools/simulators/bureau/server';
import { callSimulator, dig, loginToken, type CallResult } from './test-client';
import type { BureauSimulatorHandle, ReceivableRow } from '../../../tools/simulators/bureau/types';

const CLIENT_CNPJ = '11222333000181';
const BATCHES = '/api/v3/contas-receber/lotes';
const SUMMARY = '/api/v3/contas-receber/resumo';

let sim: BureauSimulatorHandle;
let token: string;

beforeAll(async () => {
  sim = await startBureauSimulator();
  token = await loginToken(sim);
});
afterEach(() => sim.setFault(null));
afterAll(async () => {
  await sim.stop();
});

function row(overrides: Partial<ReceivableRow> & Pick<ReceivableRow, 'chave'>): ReceivableRow {
  return {
    documentoCliente: CLIENT_CNPJ,
    numeroTitulo: 'NF-1001',
    parcela: 1,
    dataEmissao: '2026-02-01',
    dataVencimento: '2026-03-03',
    valorCentavos: 150_000,
    valorPagoCentavos: 0,
    dataPagamento: null,
    situacao: 'aberto',
    tipoMovimento: 'entry',
    ...overrides,
  };
}

function sendBatch(loteId: string, registros: unknown[], timeoutMs?: number): Promise<CallResult> {
  return callSimulator(sim, { path: BATCHES, body: { loteId, registros }, token, timeoutMs });
}

async function summary(): Promise<unknown> {
  return (await callSimulator(sim, { method: 'GET', path: SUMMARY, token })).json;
}

function localHash(keys: string[]): string {
  return createHash('sha256')
    .update([...keys].sort().join('\n'))
    .digest('hex');
}

describe('contas a receber (provisório, §7 casos 11 e 12)', () => {
  it('lote válido é confirmado com contagem, soma e hash das chaves', async () => {
    const rows = [
      row({
        chave: 'A-NF2-P1-E',
        numeroTitulo: 'NF-1002',
        valorCentavos: 99_990,
        documentoCliente: '52998224725',
      }),
      row({ chave: 'A-NF1-P1-E' }),
      row({
        chave: 'A-NF1-P1-P',
        tipoMovimento: 'payment',
        situacao: 'pago',
        valorCentavos: 150_000,
        valorPagoCentavos: 150_000,
        dataPagamento: '2026-03-01',
      }),
    ];
    const result = await sendBatch('lote-A', rows);
    expect(result.status).toBe(200);
    const expected = {
      loteId: 'lote-A',
      recebidos: 3,
      somaCentavos: 399_990,
      hashChaves: localHash(rows.map((r) => r.chave)),
    };
    expect(result.json).toEqual(expected);
    expect(await summary()).toEqual({ total: 3, somaCentavos: 399_990, hashChaves: expected.hashChaves });
    const stored = sim.receivables();
    expect(stored.records.get('A-NF1-P1-P')).toMatchObject({ loteId: 'lote-A', valorPagoCentavos: 150_000 });
    expect(stored.batches).toEqual([expected]);

    const resent = await sendBatch('lote-A', rows);
    expect(resent.json).toEqual(expected);
    expect(sim.receivables().batches).toHaveLength(1);
  });

  it('reenviar as mesmas chaves em outro lote não duplica; chave com conteúdo novo é atualizada', async () => {
    const before = (await summary()) as { total: number; somaCentavos: number };
    await sendBatch('lote-B', [row({ chave: 'A-NF1-P1-E' })]);
    expect(await summary()).toMatchObject({ total: before.total, somaCentavos: before.somaCentavos });
    await sendBatch('lote-C', [row({ chave: 'A-NF1-P1-E', valorCentavos: 160_000 })]);
    expect(await summary()).toMatchObject({
      total: before.total,
      somaCentavos: before.somaCentavos + 10_000,
    });
  });

  it('mesmo loteId com conteúdo diferente devolve 409', async () => {
    const result = await sendBatch('lote-A', [row({ chave: 'outra' })]);
    expect(result.status).toBe(409);
  });

  it('lote com linhas inválidas devolve 422 listando cada uma e não grava nada', async () => {
    const before = await summary();
    const rows = [
      row({ chave: 'X-OK' }),
      row({ chave: 'X-DOC', documentoCliente: '11222333000182' }),
      row({ chave: 'X-DATA', dataVencimento: '2026-02-30' }),
      row({ chave: 'X-VALOR', valorCentavos: -5 }),
      row({ chave: 'X-FRACAO', valorPagoCentavos: 10.5 }),
      row({
        chave: 'X-SEM-ENTRY',
        numeroTitulo: 'NF-9999',
        tipoMovimento: 'payment',
        situacao: 'pago',
        valorPagoCentavos: 100,
        dataPagamento: '2026-03-01',
      }),
      row({ chave: 'X-ENUM', situacao: 'quitado' as ReceivableRow['situacao'] }),
      row({ chave: 'X-ESTORNO', numeroTitulo: 'NF-8888', tipoMovimento: 'payment_reversal' }),
    ];
    const result = await sendBatch('lote-invalido', rows);
    expect(result.status).toBe(422);
    expect(dig(result.json, 'codigo')).toBe('REGISTROS_INVALIDOS');
    const rejected = dig(result.json, 'rejeitados') as Array<{
      indice: number;
      chave: string;
      motivo: string;
    }>;
    expect(rejected.map((item) => [item.indice, item.chave])).toEqual([
      [1, 'X-DOC'],
      [2, 'X-DATA'],
      [3, 'X-VALOR'],
      [4, 'X-FRACAO'],
      [5, 'X-SEM-ENTRY'],
      [6, 'X-ENUM'],
      [7, 'X-ESTORNO'],
    ]);
    expect(rejected[0]?.motivo).toMatch(/documentoCliente/);
    expect(rejected[1]?.motivo).toMatch(/dataVencimento/);
    expect(rejected[4]?.motivo).toMatch(/entry/);
    expect(await summary()).toEqual(before);
    expect(sim.receivables().records.has('X-OK')).toBe(false);
  });

  it('cobrança num lote posterior aceita o lançamento já gravado', async () => {
    const result = await sendBatch('lote-D', [
      row({
        chave: 'A-NF2-P1-P',
        numeroTitulo: 'NF-1002',
        documentoCliente: '52998224725',
        tipoMovimento: 'payment',
        situacao: 'pago',
        valorCentavos: 99_990,
        valorPagoCentavos: 99_990,
        dataPagamento: '2026-03-02',
      }),
    ]);
    expect(result.status).toBe(200);
  });

  it('limite de 1000 registros por lote (413 acima disso)', async () => {
    const rows = Array.from({ length: 1001 }, (_, index) =>
      row({ chave: `L-${index}`, numeroTitulo: `NF-L${index}` }),
    );
    expect((await sendBatch('lote-grande', rows)).status).toBe(413);
    expect((await sendBatch('lote-1000', rows.slice(0, 1000))).status).toBe(200);
  });

  it('exige bearer', async () => {
    const result = await callSimulator(sim, {
      path: BATCHES,
      body: { loteId: 'x', registros: [row({ chave: 'z' })] },
    });
    expect(result.status).toBe(401);
    expect((await callSimulator(sim, { method: 'GET', path: SUMMARY })).status).toBe(401);
  });

  it('timeoutAfterReceive grava o lote; o reenvio do mesmo loteId devolve a confirmação', async () => {
    sim.setFault({ kind: 'timeoutAfterReceive', ms: 5_000 });
    const rows = [row({ chave: 'T-1', numeroTitulo: 'NF-T1' })];
    await expect(sendBatch('lote-timeout', rows, 300)).rejects.toMatchObject({ code: 'CLIENT_TIMEOUT' });
    sim.setFault(null);
    expect(sim.receivables().records.has('T-1')).toBe(true);
    const resent = await sendBatch('lote-timeout', rows);
    expect(resent.json).toEqual({
      loteId: 'lote-timeout',
      recebidos: 1,
      somaCentavos: 150_000,
      hashChaves: localHash(['T-1']),
    });
  });
});
