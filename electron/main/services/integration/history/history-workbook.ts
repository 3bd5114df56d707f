/**
 * The history workbook, written with exceljs's streaming writer: a summary sheet, then one
 * sheet per chosen table with every request of the period. Rows come from `stmt.iterate()` and
 * are committed one by one, so memory stays flat for any number of requests.
 */
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { formatDateBR } from '../../../../../shared/domain/dates';
import { rangeInstants, type DateRange } from '../../../../../shared/domain/date-range';
import { HISTORY_TABLE_KEYS, type HistoryTableKey } from '../../../../../shared/domain/integration-tables';
import { AppFailure } from '../../../../../shared/ipc/result';
import type { Db } from '../../../db/connection';
import {
  bureauRequestTotals,
  erpRequestTotals,
  iterateBureauRequests,
  iterateErpRequests,
  type RequestTotals,
} from '../../../db/repos/integration-requests.repo';
import {
  BUREAU_COLUMNS,
  DATE_TIME_FORMAT,
  historyTable,
  REQUEST_COLUMNS,
  requestRow,
  SUMMARY_COLUMNS,
  type HistoryTableInfo,
} from './history-sheets';
import { createWallClock } from './sao-paulo-clock';
import { waitForSheetDrain } from './sheet-pressure';

export interface WorkbookInput {
  /** A connection only this export uses: its rows are iterated across awaits. */
  db: Db;
  range: DateRange;
  tables: HistoryTableKey[];
  out: Writable;
  generatedAt: Date;
  signal?: AbortSignal;
  onProgress?: (written: number, total: number) => void;
}

const ROWS_PER_TURN = 500;

type Sheet = ExcelJS.Worksheet;
type Workbook = ExcelJS.stream.xlsx.WorkbookWriter;

function addSheet(wb: Workbook, name: string, columns: typeof REQUEST_COLUMNS): Sheet {
  const sheet = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, topLeftCell: 'A2' }] });
  sheet.columns = columns;
  sheet.getRow(1).font = { bold: true };
  return sheet;
}

/**
 * exceljs gives every new cell a fresh copy of its column's style and then serializes that copy
 * to find its style id; it only skips the work for a style object it has seen before. Handing
 * each column's cells one shared object makes that lookup a cache hit (about twice as fast).
 */
function rowWriter(sheet: Sheet, columns: typeof REQUEST_COLUMNS): (values: Record<string, unknown>) => void {
  const styles = columns.map((c) => ({ ...c.style }) as Partial<ExcelJS.Style>);
  return (values) => {
    const row = sheet.addRow(values);
    for (let i = 0; i < styles.length; i++) row.getCell(i + 1).style = styles[i] as Partial<ExcelJS.Style>;
    row.commit();
  };
}

function finishSheet(sheet: Sheet, dataRows: number, columns: number): void {
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: dataRows + 1, column: columns } };
  sheet.commit();
}

function writeSummary(
  wb: Workbook,
  tables: { info: HistoryTableInfo; totals: RequestTotals }[],
  input: WorkbookInput,
  wallClock: (iso: string) => Date,
): void {
  const sheet = addSheet(wb, 'Resumo', SUMMARY_COLUMNS);
  sheet.getRow(1).commit();
  for (const { info, totals } of tables) {
    sheet
      .addRow({
        label: info.label,
        description: info.description,
        requests: totals.requests,
        failed: totals.failed,
        rows: totals.rows,
        averageMs: totals.requests ? Math.round(totals.duration_ms / totals.requests) : null,
        firstAt: totals.first_at ? wallClock(totals.first_at) : null,
        lastAt: totals.last_at ? wallClock(totals.last_at) : null,
      })
      .commit();
  }
  sheet.addRow([]).commit();
  sheet.addRow(['Período', `${formatDateBR(input.range.from)} a ${formatDateBR(input.range.to)}`]).commit();
  const generated = sheet.addRow(['Gerado em', wallClock(input.generatedAt.toISOString())]);
  generated.getCell(2).numFmt = DATE_TIME_FORMAT;
  generated.getCell(2).alignment = { horizontal: 'left' };
  generated.commit();
  sheet.addRow(['Horário', 'Datas e horas no horário de Brasília (America/Sao_Paulo)']).commit();
  finishSheet(sheet, tables.length, SUMMARY_COLUMNS.length);
}

export async function writeHistoryWorkbook(
  input: WorkbookInput,
): Promise<{ written: number; total: number }> {
  const { db, signal } = input;
  const { fromIso, toIso } = rangeInstants(input.range);
  const wallClock = createWallClock();
  // One read transaction: the counts in the summary and the rows below see the same snapshot.
  db.exec('BEGIN');
  try {
    // Sheets follow the checklist's order whatever order the tables were ticked in.
    const keys = HISTORY_TABLE_KEYS.filter((k) => input.tables.includes(k));
    const tables = keys.map((key) => {
      const info = historyTable(key);
      const totals =
        info.source === 'bureau'
          ? bureauRequestTotals(db, fromIso, toIso)
          : erpRequestTotals(db, key, fromIso, toIso);
      return { info, totals };
    });
    const total = tables.reduce((n, t) => n + t.totals.requests, 0);
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: input.out,
      useStyles: true,
      useSharedStrings: false,
    });
    wb.creator = 'Central de Atendimento';
    wb.created = input.generatedAt;
    writeSummary(wb, tables, input, wallClock);
    let written = 0;
    input.onProgress?.(0, total);
    for (const { info } of tables) {
      const columns = info.source === 'bureau' ? BUREAU_COLUMNS : REQUEST_COLUMNS;
      const sheet = addSheet(wb, info.sheetName, columns);
      sheet.getRow(1).commit();
      const rows =
        info.source === 'bureau'
          ? iterateBureauRequests(db, fromIso, toIso)
          : iterateErpRequests(db, info.key, fromIso, toIso);
      const write = rowWriter(sheet, columns);
      let inSheet = 0;
      for (const r of rows) {
        write(requestRow(r, info.source, wallClock));
        inSheet += 1;
        written += 1;
        if (written % ROWS_PER_TURN === 0) {
          // Leaving the for-of closes the statement's iterator, so the connection is free again.
          if (signal?.aborted) throw new AppFailure('export.cancelled');
          input.onProgress?.(written, total);
          await waitForSheetDrain(sheet);
        }
      }
      finishSheet(sheet, inSheet, columns.length);
    }
    if (signal?.aborted) throw new AppFailure('export.cancelled');
    await wb.commit();
    input.onProgress?.(written, total);
    return { written, total };
  } finally {
    db.exec('ROLLBACK');
  }
}
