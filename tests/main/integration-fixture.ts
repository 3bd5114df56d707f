/** Shared by the integration page tests: runs and request-log rows written through the real repos. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Db } from '../../electron/main/db/connection';
import { insertBureauReceivablesRequest } from '../../electron/main/db/repos/bureau-receivables-requests.repo';
import { insertSyncRequest } from '../../electron/main/db/repos/erp-sync.repo';
import { finishJobRun, insertJobRun, type JobRunStatus } from '../../electron/main/db/repos/job-runs.repo';
import type { HistoryExportChunk, HistoryExportRequest } from '../../shared/ipc/dto/integration';
import type { Result } from '../../shared/ipc/result';
import type { TestCore } from './support/test-core';

export function insertRun(
  db: Db,
  r: { job: string; status: JobRunStatus; startedAt: string; finishedAt?: string; outcome?: string },
): number {
  const id = insertJobRun(db, {
    job: r.job,
    businessDate: r.startedAt.slice(0, 10),
    trigger: 'schedule',
    startedAt: r.startedAt,
  });
  if (r.status !== 'running')
    finishJobRun(db, id, {
      status: r.status,
      finishedAt: r.finishedAt ?? r.startedAt,
      outcome: r.outcome ?? (r.status === 'success' ? 'ok' : 'falhou'),
    });
  return id;
}

export function insertErpRequest(
  db: Db,
  r: { runId: number | null; table: string; at: string; rows?: number; error?: string; httpStatus?: number },
): void {
  insertSyncRequest(db, {
    run_id: r.runId,
    table_name: r.table,
    at: r.at,
    rows: r.rows ?? 0,
    status: r.error ? 'error' : 'ok',
    http_status: r.httpStatus ?? (r.error ? 503 : 200),
    duration_ms: 120,
    error_code: r.error ? 'ERP_SERVER_ERROR' : null,
    error: r.error ?? null,
  });
}

export function insertBureauRequest(
  db: Db,
  r: { runId: number | null; at: string; rows?: number; amountCents?: number; error?: string },
): void {
  insertBureauReceivablesRequest(db, {
    runId: r.runId,
    at: r.at,
    endpoint: '/api/v3/contas-receber/lotes',
    httpStatus: r.error ? 500 : 200,
    status: r.error ? 'error' : 'ok',
    rows: r.rows ?? 0,
    amountCents: r.amountCents ?? 0,
    durationMs: 250,
    error: r.error ?? null,
  });
}

/** Starts a history export, waits for it and downloads it chunk by chunk, as the web page does. */
export async function exportWorkbook(
  t: TestCore,
  session: string,
  request: HistoryExportRequest,
): Promise<Buffer> {
  const started = await t.call(session, 'integration.history.export', request);
  if (!started.ok) throw new Error(started.error.message);
  if (!started.value.started) throw new Error('not started');
  const exportId = started.value.exportId;
  for (;;) {
    const p = await t.call(session, 'integration.history.progress', { exportId });
    if (!p.ok) throw new Error(p.error.message);
    if (p.value.state === 'done') break;
    if (p.value.state !== 'running') throw new Error(`export ${p.value.state}: ${p.value.message}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  const parts: Buffer[] = [];
  for (let offset: number | null = 0; offset !== null;) {
    const chunk: Result<HistoryExportChunk> = await t.call(session, 'integration.history.chunk', {
      exportId,
      offset,
    });
    if (!chunk.ok) throw new Error(chunk.error.message);
    parts.push(Buffer.from(chunk.value.base64, 'base64'));
    offset = chunk.value.nextOffset;
  }
  return Buffer.concat(parts);
}

export const hasLibreOffice = (): boolean => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

export interface OdsSheet {
  name: string;
  /** Per row, the office:value-type of each non-empty cell ('string', 'float', 'date', ...). */
  rows: string[][];
  /** Per row, the text LibreOffice shows in each non-empty cell. */
  texts: string[][];
}

const decode = (s: string): string =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();

/**
 * LibreOffice (not exceljs) reads the workbook and writes it as flat ODS; each sheet's rows
 * and cell types are read from that XML.
 */
export function readWithLibreOffice(xlsx: Buffer): OdsSheet[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'central-lo-'));
  try {
    const input = path.join(dir, 'historico.xlsx');
    fs.writeFileSync(input, xlsx);
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'fods',
        '--outdir',
        dir,
        input,
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    const xml = fs.readFileSync(path.join(dir, 'historico.fods'), 'utf8');
    const sheets: OdsSheet[] = [];
    for (const table of xml.matchAll(/<table:table table:name="([^"]*)"[^>]*>([\s\S]*?)<\/table:table>/g)) {
      const sheet: OdsSheet = { name: decode(table[1] as string), rows: [], texts: [] };
      for (const row of (table[2] as string).matchAll(
        /<table:table-row\b[^>]*?(?:\/>|>([\s\S]*?)<\/table:table-row>)/g,
      )) {
        const cells = [
          ...(row[1] ?? '').matchAll(/<table:table-cell\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g),
        ]
          .filter((c) => /office:value-type="/.test(c[1] as string))
          .map((c) => ({
            type: /office:value-type="([^"]+)"/.exec(c[1] as string)?.[1] as string,
            text: decode(c[2] ?? ''),
          }));
        if (cells.length === 0) continue;
        sheet.rows.push(cells.map((c) => c.type));
        sheet.texts.push(cells.map((c) => c.text));
      }
      sheets.push(sheet);
    }
    return sheets;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
