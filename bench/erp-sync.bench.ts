/**
 * Initial ERP sync of 200,000 clients and 2,000,000 receivable titles (Empresa, Contato,
 * Fatura) from the ERP simulator over loopback HTTP into SQLite: rows per second through the
 * real path (the sync job's worker thread: HTTP port, zod, mappers, upserts in 1,000-row commits,
 * cursor + request log per page) against the raw prepared-INSERT floor on the same schema
 * (goal: ratio ≥ 0.8); peak RSS of this process (main thread and worker) while
 * syncing (the simulator runs in a child process, as the ERP would run elsewhere).
 * BENCH_SCALE=0.05 runs 10,000 clients and 100,000 titles.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDemoCore } from '../tools/demo/demo-core';
import { openDatabase } from '../electron/main/db/connection';
import { loadMigrations } from '../electron/main/db/migrate';
import { migrationsDir } from '../electron/main/db/paths';
import { createErpGateway } from '../electron/main/gateways/erp/erp-client';
import type { ErpClientRecord, ErpReceivableTitle } from '../electron/main/gateways/erp/erp-gateway';
import { WRITE_BATCH_ROWS } from '../electron/main/services/erp/erp-sync.service';
import { runErpSyncJob } from '../electron/main/workers/erp-sync-worker';
import { servedTitleCount } from '../tools/simulators/erp/titles';
import { pointAtErp, startErpSimulatorProcess } from './erp-sync-probe';
import { line, type BenchLine } from './support';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const CLIENTS = Math.round(200_000 * SCALE);
const TITLES = Math.round(2_000_000 * SCALE);
const PAGE_SIZE = 5_000;
const MB = 1024 * 1024;

/**
 * Baseline, the floor: plain prepared INSERTs of the same number of rows of the same shapes into
 * the same schema (indexes, triggers), committed WRITE_BATCH_ROWS at a time as the sync commits;
 * no HTTP, no parsing, no validation, no upsert logic.
 */
function rawInsertRate(
  samples: { clients: ErpClientRecord[]; titles: ErpReceivableTitle[] },
  rows: number,
): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'central-bench-raw-'));
  const db = openDatabase(path.join(dir, 'raw.sqlite'), { migrations: loadMigrations(migrationsDir()) });
  try {
    const client = db.prepare(
      `INSERT INTO clients (erp_code, legal_name, trade_name, document, person_type, status, credit_limit_cents,
         available_balance_cents, credit_status, last_purchase_date, segment, client_group, responsible, emails,
         phones, site, city, uf, payment_method, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const title = db.prepare(
      `INSERT INTO receivables (erp_key, client_erp_code, title_number, installment, issue_date, due_date,
         amount_cents, paid_cents, payment_date, status, environment, boleto_id, digitable_line, movements,
         changed_at, synced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const clientRows = Math.round((rows * CLIENTS) / (CLIENTS + TITLES));
    const started = performance.now();
    const batch = db.transaction((from: number, to: number) => {
      for (let i = from; i < to; i++) {
        if (i < clientRows) {
          const c = samples.clients[i % samples.clients.length] as ErpClientRecord;
          client.run(
            String(10_000_000 + i),
            c.legalName,
            c.tradeName,
            c.document,
            c.personType,
            c.status,
            c.creditLimitCents,
            c.availableBalanceCents,
            c.creditStatus,
            c.lastPurchaseDate,
            c.segment,
            c.clientGroup,
            c.responsible,
            JSON.stringify(c.emails),
            JSON.stringify(c.phones),
            c.site,
            c.city,
            c.uf,
            c.paymentMethod,
            c.createdAt,
            c.changedAt,
          );
        } else {
          const t = samples.titles[i % samples.titles.length] as ErpReceivableTitle;
          title.run(
            `${i}/1`,
            t.erpCode,
            t.titleNumber,
            t.installment,
            t.issueDate,
            t.dueDate,
            t.amountCents,
            t.paidCents,
            t.paymentDate,
            t.status,
            t.environment,
            t.boletoId,
            t.digitableLine,
            JSON.stringify(t.movements),
            t.changedAt,
            t.changedAt,
          );
        }
      }
    });
    for (let i = 0; i < rows; i += WRITE_BATCH_ROWS) batch(i, Math.min(rows, i + WRITE_BATCH_ROWS));
    return rows / ((performance.now() - started) / 1000);
  } finally {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<BenchLine[]> {
  const sim = await startErpSimulatorProcess(CLIENTS, TITLES);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'central-bench-erp-'));
  try {
    const core = await createDemoCore({
      dataDir,
      demo: false,
      transport: 'web',
      tuning: { erpClient: { longTimeoutMs: 120_000 } },
    });
    const gateway = createErpGateway({ baseUrl: sim.url, token: sim.token, longTimeoutMs: 120_000 });
    const samples = {
      clients: (await gateway.readTable('empresa', { changedSince: null, pageToken: null, pageSize: 1000 }))
        .records,
      titles: (await gateway.readTable('fatura', { changedSince: null, pageToken: null, pageSize: 1000 }))
        .records,
    };
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    const started = performance.now();
    await pointAtErp(core, sim.url, sim.token);
    // The production path: the sync job's worker thread, HTTP through the core's port.
    const summary = await runErpSyncJob(core, {
      runId: null,
      tables: ['empresa', 'contato', 'fatura'],
      pageSize: PAGE_SIZE,
    });
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    // What reached the database, counted there (the summary counts what the ERP sent).
    const stored = core.db
      .prepare('SELECT (SELECT count(*) FROM clients) + (SELECT count(*) FROM receivables)')
      .pluck()
      .get() as number;
    core.close();
    const syncRate = summary.rows / seconds;
    const rawRate = rawInsertRate(samples, summary.rows);
    return [
      line('erp_sync_rows_per_s', syncRate, 'rows/s', rawRate),
      // Against what the ERP serves: every client, and the titles, where the showcase client
      // (the product document's) has its own five whatever its share of TITLES.
      line('erp_sync_rows', summary.rows, 'rows', CLIENTS + servedTitleCount(CLIENTS, TITLES)),
      line('erp_sync_rows_stored', stored, 'rows', CLIENTS + servedTitleCount(CLIENTS, TITLES)),
      line('erp_sync_seconds', seconds, 's', null),
      line('erp_sync_peak_rss', peak / MB, 'MB', rssBefore / MB, 'value < 400'),
    ];
  } finally {
    sim.child.kill('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
