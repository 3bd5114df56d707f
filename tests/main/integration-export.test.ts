import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { exportsDir } from '../../electron/main/services/integration/history/export-destination';
import { settleHistoryExports } from '../../electron/main/services/integration/history/history-export.service';
import type { HistoryExportProgress } from '../../shared/ipc/dto/integration';
import {
  exportWorkbook,
  hasLibreOffice,
  insertBureauRequest,
  insertErpRequest,
  insertRun,
  readWithLibreOffice,
} from './integration-fixture';
import { createTestCore, type TestCore } from './support/test-core';

// 15:00 in São Paulo on 12/03/2026.
const NOW = new Date('2026-03-12T18:00:00.000Z');
const cores: TestCore[] = [];
afterEach(async () => {
  for (const t of cores.splice(0)) {
    await settleHistoryExports(t.core);
    t.close();
  }
});

async function consoleWithLog(): Promise<{ t: TestCore; admin: string }> {
  const t = await createTestCore({ clients: 50, now: () => NOW });
  cores.push(t);
  const { db } = t.core;
  const run = insertRun(db, { job: 'erp-sync', status: 'failed', startedAt: '2026-03-10T03:00:00.000Z' });
  // 09/03 23:59:59 in São Paulo: one second before the period.
  insertErpRequest(db, { runId: run, table: 'empresa', at: '2026-03-10T02:59:59.000Z', rows: 1 });
  insertErpRequest(db, { runId: run, table: 'empresa', at: '2026-03-10T03:00:05.000Z', rows: 5000 });
  insertErpRequest(db, { runId: run, table: 'empresa', at: '2026-03-11T12:30:00.000Z', rows: 1234 });
  insertErpRequest(db, {
    runId: run,
    table: 'empresa',
    at: '2026-03-12T13:00:00.000Z',
    error: 'O ERP respondeu com erro 503.',
  });
  // 12/03 23:59:59 in São Paulo: the last second of the period.
  insertErpRequest(db, { runId: run, table: 'empresa', at: '2026-03-13T02:59:59.000Z', rows: 7 });
  insertErpRequest(db, { runId: run, table: 'fatura', at: '2026-03-11T12:31:00.000Z', rows: 300 });
  const send = insertRun(db, {
    job: 'receivables',
    status: 'success',
    startedAt: '2026-03-11T04:00:00.000Z',
  });
  insertBureauRequest(db, { runId: send, at: '2026-03-11T04:00:01.000Z', rows: 500, amountCents: 1234567 });
  insertBureauRequest(db, { runId: send, at: '2026-03-11T04:00:02.000Z', rows: 500, error: 'HTTP 500' });
  return { t, admin: await t.loginAs('admin') };
}

const REQUEST = {
  from: '2026-03-10',
  to: '2026-03-12',
  tables: ['empresa' as const, 'contas-a-receber-bureau' as const],
};

describe('Histórico → Download (xlsx)', () => {
  it('writes a summary sheet and one sheet per table with typed, frozen, filtered columns', async () => {
    const { t, admin } = await consoleWithLog();
    const xlsx = await exportWorkbook(t, admin, REQUEST);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Resumo', 'Empresa', 'Contas a receber (bureau)']);

    const empresa = wb.getWorksheet('Empresa') as ExcelJS.Worksheet;
    expect(empresa.rowCount).toBe(1 + 4);
    expect(empresa.getRow(1).getCell(1).value).toBe('Data e hora');
    const first = empresa.getRow(2);
    // Excel dates carry São Paulo wall-clock time: 00:00:05 on 10/03.
    expect(first.getCell(1).value).toEqual(new Date(Date.UTC(2026, 2, 10, 0, 0, 5)));
    expect(first.getCell(1).numFmt).toBe('dd/mm/yyyy hh:mm:ss');
    expect(first.getCell(2).value).toBe('Recebimento (ERP → Central)');
    expect(first.getCell(3).value).toBe('/v1/tabelas/empresa');
    expect(first.getCell(4).value).toBe('Sucesso');
    expect(first.getCell(5).value).toBe(200);
    expect(first.getCell(6).value).toBe(5000);
    expect(typeof first.getCell(7).value).toBe('number');
    const failed = empresa.getRow(4);
    expect(failed.getCell(4).value).toBe('Erro');
    expect(failed.getCell(9).value).toBe('ERP_SERVER_ERROR');
    expect(failed.getCell(10).value).toBe('O ERP respondeu com erro 503.');
    expect(empresa.getRow(5).getCell(1).value).toEqual(new Date(Date.UTC(2026, 2, 12, 23, 59, 59)));
    expect(empresa.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(empresa.autoFilter).toBeTruthy();
    expect(empresa.getColumn(10).width).toBeGreaterThan(empresa.getColumn(5).width as number);

    const bureau = wb.getWorksheet('Contas a receber (bureau)') as ExcelJS.Worksheet;
    expect(bureau.rowCount).toBe(1 + 2);
    expect(bureau.getRow(2).getCell(8).value).toBe(12345.67);
    expect(bureau.getRow(3).getCell(11).value).toBe('HTTP 500');

    const summary = wb.getWorksheet('Resumo') as ExcelJS.Worksheet;
    expect(summary.getRow(2).values).toEqual(expect.arrayContaining(['Empresa', 4, 1, 5000 + 1234 + 7]));
    expect(summary.getRow(3).values).toEqual(
      expect.arrayContaining(['Contas a receber enviadas ao bureau', 2, 1, 1000]),
    );
  });

  it.skipIf(!hasLibreOffice())(
    'LibreOffice reads the same sheets, rows and cell types',
    async () => {
      const { t, admin } = await consoleWithLog();
      const sheets = readWithLibreOffice(await exportWorkbook(t, admin, REQUEST));
      expect(sheets.map((s) => s.name)).toEqual(['Resumo', 'Empresa', 'Contas a receber (bureau)']);
      const empresa = sheets[1] as (typeof sheets)[number];
      expect(empresa.rows).toHaveLength(5);
      expect(empresa.rows[0]?.every((type) => type === 'string')).toBe(true);
      // Date and time, direction, endpoint, situation, HTTP, rows, duration, run.
      expect(empresa.rows[1]).toEqual([
        'date',
        'string',
        'string',
        'string',
        'float',
        'float',
        'float',
        'float',
      ]);
      expect(empresa.texts[1]?.[0]).toBe('10/03/2026 00:00:05');
      // The thousands separator follows LibreOffice's locale; the value is the number 5000.
      expect(empresa.texts[1]?.[5]).toMatch(/^5[.,]000$/);
      const bureau = sheets[2] as (typeof sheets)[number];
      expect(bureau.rows).toHaveLength(3);
      expect(bureau.rows[1]?.[7]).toBe('float');
      const summary = sheets[0] as (typeof sheets)[number];
      expect(summary.texts[1]?.slice(0, 1)).toEqual(['Empresa']);
      expect(summary.rows[1]?.slice(2, 8)).toEqual(['float', 'float', 'float', 'float', 'date', 'date']);
    },
    120_000,
  );

  it('refuses more than 7 days and an end date in the future, with pt-BR messages', async () => {
    const { t, admin } = await consoleWithLog();
    const eight = await t.call(admin, 'integration.history.export', { ...REQUEST, from: '2026-03-05' });
    expect(eight).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(!eight.ok && eight.error.message).toContain('no máximo 7 dias');
    const future = await t.call(admin, 'integration.history.export', { ...REQUEST, to: '2026-03-13' });
    expect(future).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'A data final não pode estar no futuro.' },
    });
    const none = await t.call(admin, 'integration.history.export', { ...REQUEST, tables: [] });
    expect(!none.ok && none.error.message).toBe('Escolha pelo menos uma tabela.');
    expect(fs.existsSync(exportsDir(t.dataDir)) ? fs.readdirSync(exportsDir(t.dataDir)) : []).toEqual([]);
  });

  it('Cancelar stops the export and deletes the partial file', async () => {
    const { t, admin } = await consoleWithLog();
    const insert = t.core.db.transaction(() => {
      for (let i = 0; i < 40_000; i++)
        insertErpRequest(t.core.db, {
          runId: null,
          table: 'empresa',
          at: new Date(Date.parse('2026-03-11T03:00:00.000Z') + i * 1000).toISOString(),
          rows: i,
        });
    });
    insert();
    const events: HistoryExportProgress[] = [];
    t.core.events.subscribe((name, payload) => {
      if (name === 'integration.export.progress') events.push(payload as HistoryExportProgress);
    });
    const started = await t.call(admin, 'integration.history.export', REQUEST);
    if (!started.ok || !started.value.started) throw new Error('not started');
    const exportId = started.value.exportId;
    await expect.poll(() => events.some((e) => e.written > 0), { timeout: 10_000 }).toBe(true);
    const cancelled = await t.call(admin, 'integration.history.cancel', { exportId });
    expect(cancelled).toMatchObject({ ok: true, value: { state: 'cancelled' } });
    expect(fs.readdirSync(exportsDir(t.dataDir))).toEqual([]);
    expect(events.at(-1)).toMatchObject({ exportId, state: 'cancelled' });
    expect(events.at(-1)?.total).toBe(40_004 + 2);
    const chunk = await t.call(admin, 'integration.history.chunk', { exportId, offset: 0 });
    expect(chunk.ok).toBe(false);
  });

  it('only the window that started an export can follow or download it; agents cannot export', async () => {
    const { t, admin } = await consoleWithLog();
    const started = await t.call(admin, 'integration.history.export', REQUEST);
    if (!started.ok || !started.value.started) throw new Error('not started');
    const otherAdmin = await t.loginAs('admin');
    const peek = await t.call(otherAdmin, 'integration.history.progress', {
      exportId: started.value.exportId,
    });
    expect(peek).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const ana = await t.loginAs('ana');
    const refused = await t.call(ana, 'integration.history.export', REQUEST);
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await settleHistoryExports(t.core);
    const files = fs.readdirSync(exportsDir(t.dataDir));
    expect(files).toHaveLength(1);
    expect(path.extname(files[0] as string)).toBe('.xlsx');
  });

  it('in Electron the file goes where the save dialog says; a cancelled dialog writes nothing', async () => {
    const { t, admin } = await consoleWithLog();
    const chosen = path.join(t.dataDir, 'escolhido pelo usuário.xlsx');
    let answer: string | null = null;
    t.core.exportDestination = {
      choose: async (fileName, sessionKey) => {
        expect(fileName).toBe('historico-integracao-2026-03-10-a-2026-03-12.xlsx');
        expect(sessionKey).toBe(admin);
        return answer ? { path: answer, delivery: 'saved' } : null;
      },
    };
    expect(await t.call(admin, 'integration.history.export', REQUEST)).toEqual({
      ok: true,
      value: { started: false },
    });
    answer = chosen;
    const started = await t.call(admin, 'integration.history.export', REQUEST);
    expect(started).toMatchObject({
      ok: true,
      value: { started: true, delivery: 'saved', savedTo: chosen, fileName: 'escolhido pelo usuário.xlsx' },
    });
    await settleHistoryExports(t.core);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(chosen);
    expect(wb.getWorksheet('Empresa')?.rowCount).toBe(5);
    expect(fs.readdirSync(t.dataDir).filter((f) => f.includes('.parcial'))).toEqual([]);
  });

  it('a cancelled export leaves a file the user chose to overwrite as it was', async () => {
    const { t, admin } = await consoleWithLog();
    t.core.db.transaction(() => {
      for (let i = 0; i < 40_000; i++)
        insertErpRequest(t.core.db, {
          runId: null,
          table: 'empresa',
          at: '2026-03-11T03:00:00.000Z',
          rows: i,
        });
    })();
    const chosen = path.join(t.dataDir, 'historico.xlsx');
    fs.writeFileSync(chosen, 'planilha anterior');
    t.core.exportDestination = { choose: async () => ({ path: chosen, delivery: 'saved' }) };
    const started = await t.call(admin, 'integration.history.export', REQUEST);
    if (!started.ok || !started.value.started) throw new Error('not started');
    const cancelled = await t.call(admin, 'integration.history.cancel', { exportId: started.value.exportId });
    expect(cancelled).toMatchObject({ ok: true, value: { state: 'cancelled' } });
    expect(fs.readFileSync(chosen, 'utf8')).toBe('planilha anterior');
    expect(fs.existsSync(`${chosen}.parcial`)).toBe(false);
  });
});
