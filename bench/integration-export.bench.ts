/**
 * Histórico → Download of 7 days × 100,000 logged requests (700,000 rows over the 12 ERP tables
 * and the bureau sends), inserted straight into a temporary database: seconds and peak RSS growth
 * of the real export (exceljs streaming writer fed by stmt.iterate()), against the same rows
 * written as CSV with plain Node streams. Each export runs in a fresh child process, so its peak
 * RSS (getrusage maxRSS) is its own. Target: RSS growth under 150 MB. BENCH_SCALE=0.1 runs 70,000.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase } from '../electron/main/db/connection';
import { loadMigrations } from '../electron/main/db/migrate';
import { migrationsDir } from '../electron/main/db/paths';
import {
  iterateBureauRequests,
  iterateErpRequests,
  type IntegrationRequestRow,
} from '../electron/main/db/repos/integration-requests.repo';
import { writeHistoryWorkbook } from '../electron/main/services/integration/history/history-workbook';
import { rangeInstants, type DateRange } from '../shared/domain/date-range';
import { BUREAU_RECEIVABLES_TABLE, HISTORY_TABLE_KEYS } from '../shared/domain/integration-tables';
import { line, type BenchLine } from './support';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const DAYS = 7;
const PER_DAY = Math.round(100_000 * SCALE);
const MB = 1024 * 1024;
const RANGE: DateRange = { from: '2026-03-02', to: '2026-03-08' };
const CHILD_ENV = 'INTEGRATION_EXPORT_BENCH_CHILD';
const ERP_TABLES = HISTORY_TABLE_KEYS.filter((k) => k !== BUREAU_RECEIVABLES_TABLE);

interface ChildResult {
  seconds: number;
  rssGrowthMb: number;
  rows: number;
  bytes: number;
}

/** 1 request in 20 is a bureau send; 1 in 50 failed. Deterministic, so every run writes the same. */
function seed(dbPath: string): number {
  const db = openDatabase(dbPath, { migrations: loadMigrations(migrationsDir()) });
  const erp = db.prepare(
    `INSERT INTO erp_sync_requests (run_id, table_name, at, rows, status, http_status, duration_ms, error_code, error,
       direction, endpoint) VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, 'recebimento', ?)`,
  );
  const bureau = db.prepare(
    `INSERT INTO bureau_receivables_requests (run_id, at, direction, endpoint, http_status, status, rows, amount_cents,
       duration_ms, error) VALUES (NULL, ?, 'envio', '/api/v3/contas-receber/lotes', ?, ?, 500, ?, ?, ?)`,
  );
  const start = Date.parse(rangeInstants(RANGE).fromIso);
  const step = 86_400_000 / PER_DAY;
  let n = 0;
  db.transaction(() => {
    for (let i = 0; i < DAYS * PER_DAY; i++, n++) {
      const at = new Date(start + Math.floor(i * step)).toISOString();
      const failed = i % 50 === 7;
      const ms = 40 + (i % 1900);
      if (i % 20 === 3) {
        bureau.run(
          at,
          failed ? 500 : 200,
          failed ? 'error' : 'ok',
          100_000 + i,
          ms,
          failed ? 'O bureau recusou o lote.' : null,
        );
        continue;
      }
      const table = ERP_TABLES[i % ERP_TABLES.length] as string;
      erp.run(
        table,
        at,
        failed ? 0 : i % 5000,
        failed ? 'error' : 'ok',
        failed ? 503 : 200,
        ms,
        failed ? 'ERP_SERVER_ERROR' : null,
        failed ? 'O ERP respondeu com erro 503; tente novamente mais tarde.' : null,
        `/v1/tabelas/${table}`,
      );
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return n;
}

const csvField = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** Baseline: the same rows, same order, as CSV through a plain write stream with backpressure. */
async function writeCsv(db: Database.Database, out: fs.WriteStream): Promise<number> {
  const { fromIso, toIso } = rangeInstants(RANGE);
  let rows = 0;
  let buffer =
    'tabela,data_hora,direcao,endpoint,situacao,http,registros,duracao_ms,execucao,codigo_erro,erro,valor\n';
  const flush = async () => {
    if (!out.write(buffer)) await once(out, 'drain');
    buffer = '';
  };
  for (const table of HISTORY_TABLE_KEYS) {
    const source: Iterable<IntegrationRequestRow> =
      table === BUREAU_RECEIVABLES_TABLE
        ? iterateBureauRequests(db, fromIso, toIso)
        : iterateErpRequests(db, table, fromIso, toIso);
    for (const r of source) {
      buffer += `${[table, r.at, r.direction, r.endpoint, r.status, r.http_status, r.rows, r.duration_ms, r.run_id, r.error_code, r.error, r.amount_cents].map(csvField).join(',')}\n`;
      rows += 1;
      if (rows % 500 === 0) await flush();
    }
  }
  await flush();
  out.end();
  await once(out, 'finish');
  return rows;
}

/** Runs in the child process: one export, measured from after the modules are loaded. */
async function child(mode: 'xlsx' | 'csv', dbPath: string, outPath: string): Promise<ChildResult> {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  const out = fs.createWriteStream(outPath);
  await once(out, 'open');
  const rssBefore = process.memoryUsage().rss;
  const started = process.hrtime.bigint();
  const rows =
    mode === 'xlsx'
      ? (
          await writeHistoryWorkbook({
            db,
            range: RANGE,
            tables: [...HISTORY_TABLE_KEYS],
            out,
            generatedAt: new Date(),
          })
        ).written
      : await writeCsv(db, out);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peak = process.resourceUsage().maxRSS * 1024;
  db.close();
  return { seconds, rssGrowthMb: (peak - rssBefore) / MB, rows, bytes: fs.statSync(outPath).size };
}

function runChild(mode: 'xlsx' | 'csv', dbPath: string, outPath: string): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', __filename], {
      env: { ...process.env, CENTRAL_QUIET: '1', [CHILD_ENV]: JSON.stringify({ mode, dbPath, outPath }) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    proc.stdout?.on('data', (b: Buffer) => (out += b.toString()));
    proc.once('exit', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code === 0 && last.startsWith('{')) resolve(JSON.parse(last) as ChildResult);
      else reject(new Error(`exportação ${mode} saiu com ${code}: ${out}`));
    });
  });
}

export async function run(): Promise<BenchLine[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'central-bench-export-'));
  try {
    const dbPath = path.join(dir, 'central.sqlite');
    const inserted = seed(dbPath);
    const csv = await runChild('csv', dbPath, path.join(dir, 'historico.csv'));
    const xlsx = await runChild('xlsx', dbPath, path.join(dir, 'historico.xlsx'));
    if (xlsx.rows !== inserted || csv.rows !== inserted)
      throw new Error(`linhas exportadas: xlsx ${xlsx.rows}, csv ${csv.rows}; esperadas ${inserted}`);
    const label = `${DAYS} dias × ${PER_DAY.toLocaleString('pt-BR')} requisições`;
    return [
      line(`xlsx export seconds (${label}) vs CSV`, xlsx.seconds, 's', csv.seconds),
      line('xlsx export rows per second vs CSV', xlsx.rows / xlsx.seconds, 'rows/s', csv.rows / csv.seconds),
      line('xlsx export peak RSS growth vs CSV', xlsx.rssGrowthMb, 'MB', csv.rssGrowthMb, '< 150 MB'),
      line('xlsx file size vs CSV', xlsx.bytes / MB, 'MB', csv.bytes / MB),
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const childTask = process.env[CHILD_ENV];
if (childTask) {
  const { mode, dbPath, outPath } = JSON.parse(childTask) as {
    mode: 'xlsx' | 'csv';
    dbPath: string;
    outPath: string;
  };
  child(mode, dbPath, outPath)
    .then((r) => {
      console.log(JSON.stringify(r));
      process.exit(0);
    })
    .catch((e: unknown) => {
      console.error(e);
      process.exit(1);
    });
}
