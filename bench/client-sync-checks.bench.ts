/**
 * What the sync's pending-edit and Histórico checks (issue 13) cost on the client pages, the
 * only pages they touch: the same Empresa/Contato pages written through the page writer with
 * the checks (today's path) and without them (the path before issue 13), alternately on
 * the same machine, one transaction per page as the sync does. Two cases: an initial load
 * (no client exists yet: nothing to compare) and a re-read over existing clients with 1% of
 * them holding a pending edit and 1% changed in the ERP (every check does its work).
 * The whole sync (`erp_sync_rows_per_s`, bench/erp-sync.bench.ts) also carries the receivable
 * pages, which the checks do not touch. BENCH_SCALE=0.05 uses 10,000 clients.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../electron/main/db/connection';
import { loadMigrations } from '../electron/main/db/migrate';
import { migrationsDir } from '../electron/main/db/paths';
import { createErpGateway } from '../electron/main/gateways/erp/erp-client';
import type { ErpClientRecord } from '../electron/main/gateways/erp/erp-gateway';
import {
  createClientSyncGuard,
  type ClientSyncGuard,
} from '../electron/main/services/erp/erp-sync-client-guard';
import { createWriters } from '../electron/main/services/erp/erp-sync-writers';
import { startErpSimulator } from '../tools/simulators/erp/server';
import { line, type BenchLine } from './support';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const CLIENTS = Math.max(1000, Math.round(200_000 * SCALE));
const ROUNDS = 3;
const PAGE = 5_000;

const NO_CHECKS: ClientSyncGuard = { before: () => null, after: () => {}, changedClientIds: () => [] };

function freshDb(dir: string, name: string): Db {
  return openDatabase(path.join(dir, `${name}.sqlite`), { migrations: loadMigrations(migrationsDir()) });
}

/** Rows per second writing every page, one transaction per page. */
function writeAll(db: Db, pages: ErpClientRecord[][], checks: boolean): number {
  const write = createWriters(db, checks ? createClientSyncGuard(db) : NO_CHECKS)('empresa');
  const store = db.transaction((records: ErpClientRecord[], at: string) => write(records, at));
  const started = performance.now();
  let rows = 0;
  for (const page of pages) {
    store(page, new Date().toISOString());
    rows += page.length;
  }
  return rows / ((performance.now() - started) / 1000);
}

/** 1% of the clients with a pending Site edit, as an agent's save leaves them. */
function addPendingEdits(db: Db): void {
  db.exec(`INSERT INTO client_erp_edits (client_id, erp_code, target, fields, erp_fields, idempotency_key, created_at)
    SELECT id, erp_code, 'client', json_object('site', 'https://pendente.example.com.br'),
      json_object('site', site), 'bench-' || id, '2026-12-01T12:00:00.000Z'
    FROM clients WHERE id % 100 = 0`);
}

/** The same pages as the ERP sends them after 1% of the clients changed there. */
const changedPages = (pages: ErpClientRecord[][]): ErpClientRecord[][] =>
  pages.map((p) =>
    p.map((r, i) =>
      i % 100 === 50 ? { ...r, paymentMethod: 'Pix', site: null, changedAt: '2026-12-01T12:00:00.000Z' } : r,
    ),
  );

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

export async function run(): Promise<BenchLine[]> {
  const sim = await startErpSimulator({ clients: CLIENTS, titles: CLIENTS });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'central-bench-checks-'));
  try {
    const erp = createErpGateway({ baseUrl: sim.url, token: sim.token, longTimeoutMs: 120_000 });
    const pages: ErpClientRecord[][] = [];
    for (const table of ['empresa', 'contato'] as const)
      for (let token: string | null = null, first = true; first || token; first = false) {
        const page: { records: ErpClientRecord[]; nextPageToken: string | null } = await erp.readTable(
          table,
          {
            changedSince: null,
            pageToken: token,
            pageSize: PAGE,
          },
        );
        pages.push(page.records);
        token = page.nextPageToken;
      }
    const resyncPages = changedPages(pages);
    const rates = {
      initialOn: [] as number[],
      initialOff: [] as number[],
      resyncOn: [] as number[],
      resyncOff: [] as number[],
    };
    for (let round = 0; round < ROUNDS; round++) {
      for (const checks of round % 2 === 0 ? [true, false] : [false, true]) {
        const db = freshDb(dir, `r${round}-${checks ? 'on' : 'off'}`);
        try {
          (checks ? rates.initialOn : rates.initialOff).push(writeAll(db, pages, checks));
          if (checks) addPendingEdits(db);
          (checks ? rates.resyncOn : rates.resyncOff).push(writeAll(db, resyncPages, checks));
        } finally {
          db.close();
        }
      }
    }
    return [
      line(
        'erp_sync_checks_initial_rows_per_s',
        median(rates.initialOn),
        'rows/s',
        median(rates.initialOff),
        'ratio > 0.9',
      ),
      line(
        'erp_sync_checks_resync_rows_per_s',
        median(rates.resyncOn),
        'rows/s',
        median(rates.resyncOff),
        'ratio > 0.9',
      ),
    ];
  } finally {
    await sim.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
