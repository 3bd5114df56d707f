import { afterEach, describe, expect, it } from 'vitest';
import { insertBureauRequest, insertErpRequest, insertRun } from './integration-fixture';
import { createTestCore, type TestCore } from './support/test-core';

const cores: TestCore[] = [];
afterEach(() => {
  for (const t of cores.splice(0)) t.close();
});

/** Five runs of both jobs, one of each outcome the page distinguishes. */
async function consoleWithRuns() {
  const t = await createTestCore({ clients: 50, now: () => new Date('2026-03-12T18:00:00.000Z') });
  cores.push(t);
  const { db } = t.core;
  const ok = insertRun(db, {
    job: 'erp-sync',
    status: 'success',
    startedAt: '2026-03-10T03:00:00.000Z',
    finishedAt: '2026-03-10T03:02:05.000Z',
    outcome: '6.000 registro(s) recebido(s) em 12 tabela(s).',
  });
  insertErpRequest(db, { runId: ok, table: 'empresa', at: '2026-03-10T03:00:30.000Z', rows: 5000 });
  insertErpRequest(db, { runId: ok, table: 'fatura', at: '2026-03-10T03:01:30.000Z', rows: 1000 });
  const partial = insertRun(db, {
    job: 'erp-sync',
    status: 'failed',
    startedAt: '2026-03-11T03:00:00.000Z',
    finishedAt: '2026-03-11T03:00:40.000Z',
    outcome: 'O ERP respondeu com erro 503.',
  });
  insertErpRequest(db, { runId: partial, table: 'empresa', at: '2026-03-11T03:00:10.000Z', rows: 200 });
  insertErpRequest(db, {
    runId: partial,
    table: 'contato',
    at: '2026-03-11T03:00:40.000Z',
    error: 'O ERP respondeu com erro 503.',
  });
  const sent = insertRun(db, {
    job: 'receivables',
    status: 'success',
    startedAt: '2026-03-11T04:00:00.000Z',
    finishedAt: '2026-03-11T04:00:03.000Z',
  });
  insertBureauRequest(db, { runId: sent, at: '2026-03-11T04:00:01.000Z', rows: 500, amountCents: 990 });
  const failed = insertRun(db, {
    job: 'receivables',
    status: 'failed',
    startedAt: '2026-03-12T04:00:00.000Z',
    finishedAt: '2026-03-12T04:00:09.000Z',
    outcome: 'O bureau não respondeu.',
  });
  insertBureauRequest(db, {
    runId: failed,
    at: '2026-03-12T04:00:09.000Z',
    rows: 500,
    error: 'Tempo esgotado.',
  });
  const running = insertRun(db, {
    job: 'erp-sync',
    status: 'running',
    startedAt: '2026-03-12T17:59:00.000Z',
  });
  return { t, admin: await t.loginAs('admin'), ids: { ok, partial, sent, failed, running } };
}

describe('run log of both jobs', () => {
  it('lists ERP syncs and bureau sends newest first with status, counts and duration', async () => {
    const { t, admin, ids } = await consoleWithRuns();
    const r = await t.call(admin, 'integration.runs.list', {});
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.hasMore).toBe(false);
    expect(r.value.runs.map((x) => [x.id, x.job, x.status])).toEqual([
      [ids.running, 'erp', 'running'],
      [ids.failed, 'bureau', 'error'],
      [ids.sent, 'bureau', 'success'],
      [ids.partial, 'erp', 'partial'],
      [ids.ok, 'erp', 'success'],
    ]);
    expect(r.value.runs[4]).toMatchObject({
      requests: 2,
      failedRequests: 0,
      rows: 6000,
      durationMs: 125_000,
    });
    expect(r.value.runs[3]).toMatchObject({ requests: 2, failedRequests: 1, rows: 200, durationMs: 40_000 });
    expect(r.value.runs[0]).toMatchObject({ durationMs: null, finishedAt: null });
  });

  it('pages with beforeId', async () => {
    const { t, admin, ids } = await consoleWithRuns();
    const first = await t.call(admin, 'integration.runs.list', { limit: 2 });
    expect(first).toMatchObject({ ok: true, value: { hasMore: true } });
    const next = await t.call(admin, 'integration.runs.list', { limit: 2, beforeId: ids.failed });
    expect(next.ok && next.value.runs.map((x) => x.id)).toEqual([ids.sent, ids.partial]);
  });

  it("downloads a run's log as text: header, every request in order, then the errors", async () => {
    const { t, admin, ids } = await consoleWithRuns();
    const r = await t.call(admin, 'integration.runs.log', { runId: ids.partial });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.fileName).toBe(`integracao-erp-execucao-${ids.partial}.txt`);
    const lines = r.value.text.split('\r\n');
    expect(lines).toContain('Integração: Dados ERP (ERP → Central)');
    expect(lines).toContain('Situação: Parcial');
    expect(lines).toContain('Início: 11/03/2026 00:00:00');
    expect(lines).toContain('Duração: 40 s');
    expect(lines).toContain('Requisições: 2 (1 com erro); registros: 200');
    // Both requests in order, then the failed one again under "Erros".
    const requests = lines.filter((l) => l.startsWith('11/03/2026'));
    expect(requests).toEqual([
      '11/03/2026 00:00:10 | Recebimento (ERP → Central) | /v1/tabelas/empresa | Sucesso | HTTP 200 | 200 registro(s) | 120 ms | - | -',
      '11/03/2026 00:00:40 | Recebimento (ERP → Central) | /v1/tabelas/contato | Erro | HTTP 503 | 0 registro(s) | 120 ms | - | [ERP_SERVER_ERROR] O ERP respondeu com erro 503.',
      '11/03/2026 00:00:40 | Recebimento (ERP → Central) | /v1/tabelas/contato | Erro | HTTP 503 | 0 registro(s) | 120 ms | - | [ERP_SERVER_ERROR] O ERP respondeu com erro 503.',
    ]);
    expect(lines).toContain('Erros (1):');

    const bureau = await t.call(admin, 'integration.runs.log', { runId: ids.failed });
    expect(bureau.ok && bureau.value.text).toContain(
      '12/03/2026 01:00:09 | Envio (Central → bureau) | /api/v3/contas-receber/lotes | Erro | HTTP 500 | 500 registro(s) | 250 ms | R$ 0,00 | Tempo esgotado.',
    );
  });

  it('prints every request value under its own header column (the R$ value under "valor", not "erro")', async () => {
    const { t, admin, ids } = await consoleWithRuns();
    const columnsOf = async (runId: number) => {
      const r = await t.call(admin, 'integration.runs.log', { runId });
      if (!r.ok) throw new Error(r.error.message);
      const lines = r.value.text.split('\r\n');
      const header = lines.find((l) => l.startsWith('Requisições (horário de Brasília): '));
      const names = (header ?? '').replace('Requisições (horário de Brasília): ', '').split(' | ');
      const rows = lines.filter((l) => /^\d{2}\/\d{2}\/\d{4} /.test(l));
      return rows.map((l) => Object.fromEntries(l.split(' | ').map((v, i) => [names[i] ?? `extra${i}`, v])));
    };
    const [sent] = await columnsOf(ids.sent);
    expect(sent).toMatchObject({ valor: 'R$ 9,90', erro: '-' });
    expect(Object.keys(sent ?? {})).not.toContain('extra8');
    const [failed] = await columnsOf(ids.failed);
    expect(failed).toMatchObject({ valor: 'R$ 0,00', erro: 'Tempo esgotado.' });
    // ERP requests carry no amount: the column stays, empty, so "erro" is still the last one.
    const erp = await columnsOf(ids.partial);
    expect(erp[1]).toMatchObject({ valor: '-', erro: '[ERP_SERVER_ERROR] O ERP respondeu com erro 503.' });
  });

  it('says why a run failed before making any request', async () => {
    const { t, admin } = await consoleWithRuns();
    const id = insertRun(t.core.db, {
      job: 'erp-sync',
      status: 'failed',
      startedAt: '2026-03-12T03:00:00.000Z',
      outcome: 'A integração com o ERP não está configurada.',
    });
    const r = await t.call(admin, 'integration.runs.log', { runId: id });
    expect(r.ok && r.value.text).toContain(
      '(nenhuma requisição registrada nesta execução)\r\n\r\nErros (1):\r\nA integração com o ERP não está configurada.',
    );
  });

  it('refuses unknown runs and agents without the integration permission', async () => {
    const { t, admin } = await consoleWithRuns();
    expect(await t.call(admin, 'integration.runs.log', { runId: 9999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Execução não encontrada.' },
    });
    const ana = await t.loginAs('ana');
    expect(await t.call(ana, 'integration.runs.list', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
