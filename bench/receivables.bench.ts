/**
 * Receivables to the bureau. (1) Full load of 2,000,000 titles (plus their payments) from
 * SQLite to the bureau simulator over loopback HTTPS through the real path — snapshot into the
 * outbox, batches of 1,000, acknowledgement checked and checkpointed per batch — in a child
 * process (tests/main/receivables-crash.child.ts) whose peak RSS is sampled; baseline: reading
 * the same rows and serializing them to JSON, nothing else. The simulator runs in a child of
 * its own, as the bureau would run elsewhere. (2) One day of movements over the same 2,000,000
 * titles: p95 of the delta selection (target < 50 ms; baseline: the same selection forced to
 * scan the movement ledger without its index) and of the whole daily snapshot into the outbox.
 * BENCH_SCALE=0.05 runs 100,000 titles.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { createDemoCore } from '../tools/demo/demo-core';
import type { Db } from '../electron/main/db/connection';
import { stateTotals } from '../electron/main/db/repos/bureau-receivables-state.repo';
import { receivableUpserter } from '../electron/main/db/repos/receivables.repo';
import type { ErpReceivableTitle, ReceivableMovement } from '../electron/main/gateways/erp/erp-gateway';
import { claimPendingMovements } from '../electron/main/db/repos/receivables-outbox-snapshot.repo';
import { takeDailySnapshot } from '../electron/main/services/receivables/receivables-snapshot';
import { addDays } from '../shared/domain/dates';
import { DEFAULT_EMAIL, DEFAULT_PASSWORD } from '../tools/simulators/bureau/fixtures';
import { line, percentile, type BenchLine } from './support';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const TITLES = Math.round(2_000_000 * SCALE);
const CLIENTS = 2_000;
const BUSINESS_DATE = '2026-11-20';
const DELTA_SAMPLES = 40;

function titleAt(i: number, erpCode: string, today: string): ErpReceivableTitle {
  const issueDate = addDays(today, -(2 + (i % 300)));
  const amountCents = 10_000 + ((i * 7919) % 500_000);
  const movements: ReceivableMovement[] = [{ kind: 'entry', date: issueDate, amountCents }];
  const paid = i % 3 === 0 ? amountCents : i % 3 === 1 ? 5_000 : 0;
  if (paid) movements.push({ kind: 'payment', date: addDays(issueDate, 1), amountCents: paid });
  return {
    key: `B${String(i).padStart(8, '0')}/1`,
    erpCode,
    titleNumber: `B${String(i).padStart(8, '0')}`,
    installment: 1,
    issueDate,
    dueDate: addDays(issueDate, 30),
    amountCents,
    paidCents: paid,
    paymentDate: paid ? addDays(issueDate, 1) : null,
    status: paid === amountCents ? 'paid' : paid ? 'partial' : 'open',
    environment: 'Distribuidora',
    boletoId: null,
    digitableLine: null,
    movements,
    changedAt: `${issueDate}T17:30:00.000Z`,
  };
}

function writeTitles(db: Db, from: number, to: number, at: (i: number) => ErpReceivableTitle | null): void {
  const upsert = receivableUpserter(db);
  for (let start = from; start < to; start += 50_000) {
    db.transaction(() => {
      for (let i = start; i < Math.min(to, start + 50_000); i++) {
        const t = at(i);
        if (t) upsert(t, '2026-11-20T03:00:00.000Z');
      }
    })();
  }
}

/** Baseline: the same rows read from SQLite and turned into JSON, 1,000 at a time. */
function serializationRate(db: Db): number {
  const page = db.prepare(
    `SELECT r.id, r.erp_key, c.document, r.title_number, r.installment, r.issue_date, r.due_date, r.amount_cents,
       r.paid_cents, r.payment_date, r.status, r.movements
     FROM receivables r JOIN clients c ON c.erp_code = r.client_erp_code WHERE r.id > ? ORDER BY r.id LIMIT 1000`,
  );
  let last = 0;
  let titles = 0;
  let bytes = 0;
  const started = performance.now();
  for (;;) {
    const rows = page.all(last) as { id: number; movements: string }[];
    if (rows.length === 0) break;
    bytes += JSON.stringify(
      rows.map((r) => ({ ...r, movements: JSON.parse(r.movements) as unknown })),
    ).length;
    titles += rows.length;
    last = (rows[rows.length - 1] as { id: number }).id;
  }
  if (bytes === 0) throw new Error('nada serializado');
  return titles / ((performance.now() - started) / 1000);
}

async function startSimulator(): Promise<{ child: ChildProcess; url: string; caFile: string }> {
  const child = spawn(
    process.execPath,
    ['--max-old-space-size=8192', '--import', 'tsx', 'tools/simulators/bureau/cli.ts', '--no-bodies'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const found = await new Promise<{ url: string; caFile: string }>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (b: Buffer) => {
      out += b.toString();
      const url = /listening on (\S+)/.exec(out)?.[1];
      const caFile = /CA PEM: (\S+)/.exec(out)?.[1];
      if (url && caFile) resolve({ url, caFile });
    });
    child.once('exit', (code) => reject(new Error(`simulador do bureau saiu com ${code}: ${out}`)));
  });
  return { child, ...found };
}

function runSender(
  dataDir: string,
  url: string,
  caFile: string,
): Promise<{ ms: number; rssBefore: number; peak: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/main/receivables-crash.child.ts'], {
    env: {
      ...process.env,
      CENTRAL_DATA_DIR: dataDir,
      BUREAU_URL: url,
      BUREAU_CA_FILE: caFile,
      RECEIVABLES_PROGRESS: '0',
      CENTRAL_QUIET: '1',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    readline.createInterface({ input: child.stdout }).on('line', (l) => {
      const m = /^done (\d+) ([\d.]+) ([\d.]+)$/.exec(l);
      if (m) resolve({ ms: Number(m[1]), rssBefore: Number(m[2]), peak: Number(m[3]) });
    });
    child.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`envio saiu com ${code}`))));
  });
}

/** The simulator's own totals, to check the load arrived whole. */
async function bureauSummary(url: string, ca: string): Promise<{ total: number; somaCentavos: number }> {
  const request = (method: string, p: string, body: unknown, token?: string) =>
    new Promise<unknown>((resolve, reject) => {
      const req = https.request(
        new URL(p, url),
        {
          method,
          ca,
          headers: {
            'content-type': 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
        },
        (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => resolve(JSON.parse(text) as unknown));
        },
      );
      req.on('error', reject);
      req.end(body ? JSON.stringify(body) : undefined);
    });
  const login = (await request('POST', '/api/v3/conta/entrar', {
    email: DEFAULT_EMAIL,
    senha: DEFAULT_PASSWORD,
  })) as {
    access_token: string;
  };
  return (await request('GET', '/api/v3/contas-receber/resumo', null, login.access_token)) as {
    total: number;
    somaCentavos: number;
  };
}

/** One day of movements over the loaded titles: payments on ~0.3% of them and new entries. */
function oneDayOfMovements(db: Db, codes: string[]): void {
  const today = BUSINESS_DATE;
  const payEvery = 331;
  writeTitles(db, 0, TITLES, (i) => {
    if (i % payEvery !== 2) return null;
    const t = titleAt(i, codes[i % codes.length] as string, today);
    t.movements.push({ kind: 'payment', date: today, amountCents: 1_000 });
    t.paidCents += 1_000;
    t.status = 'partial';
    return t;
  });
  writeTitles(db, TITLES, TITLES + Math.ceil(TITLES / 2_000), (i) => {
    const t = titleAt(i, codes[i % codes.length] as string, today);
    t.issueDate = today;
    t.movements = [{ kind: 'entry', date: today, amountCents: t.amountCents }];
    t.paidCents = 0;
    t.paymentDate = null;
    t.status = 'open';
    return t;
  });
}

/**
 * The daily delta over the loaded titles, each sample inside a savepoint rolled back: the
 * selection (claiming the pending movements through the partial index) and the whole snapshot
 * (selection + copying entries and movements into the outbox + control totals).
 */
function timeDelta(db: Db, afterSeq: number): { selectionP95: number; snapshotP95: number; rows: number } {
  const selection: number[] = [];
  const snapshot: number[] = [];
  let rows = 0;
  const before = addDays(BUSINESS_DATE, 1);
  for (let i = 0; i < DELTA_SAMPLES + 5; i++) {
    db.exec('SAVEPOINT bench_delta');
    let t0 = performance.now();
    claimPendingMovements(db, 0, afterSeq, before);
    const claimMs = performance.now() - t0;
    db.exec('ROLLBACK TO bench_delta');
    t0 = performance.now();
    const e = takeDailySnapshot(db, {
      businessDate: before,
      runId: null,
      at: new Date().toISOString(),
      batchSize: 1000,
    });
    const snapshotMs = performance.now() - t0;
    db.exec('ROLLBACK TO bench_delta');
    db.exec('RELEASE bench_delta');
    rows = e?.rows ?? 0;
    if (i >= 5) {
      selection.push(claimMs);
      snapshot.push(snapshotMs);
    }
  }
  return { selectionP95: percentile(selection, 95), snapshotP95: percentile(snapshot, 95), rows };
}

function timeScan(db: Db, afterSeq: number): number {
  const scan = db.prepare(
    `SELECT count(*) FROM receivable_movements NOT INDEXED WHERE +export_id IS NULL AND +seq > ? AND date < ?`,
  );
  const samples: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    scan.get(afterSeq, addDays(BUSINESS_DATE, 1));
    samples.push(performance.now() - t0);
  }
  return percentile(samples, 95);
}

export async function run(): Promise<BenchLine[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'central-bench-receivables-'));
  const sim = await startSimulator();
  try {
    const core = await createDemoCore({ dataDir, demo: true, transport: 'web', demoClientCount: CLIENTS });
    const codes = core.db.prepare('SELECT erp_code FROM clients ORDER BY id').pluck().all() as string[];
    writeTitles(core.db, 0, TITLES, (i) => titleAt(i, codes[i % codes.length] as string, BUSINESS_DATE));
    const rawRate = serializationRate(core.db);
    core.close();

    const sent = await runSender(dataDir, sim.url, sim.caFile);
    const reopened = await createDemoCore({ dataDir, demo: false, transport: 'web' });
    const db = reopened.db;
    const local = stateTotals(db);
    const remote = await bureauSummary(sim.url, fs.readFileSync(sim.caFile, 'utf8'));
    if (remote.total !== local.total || remote.somaCentavos !== local.amountCents)
      throw new Error(`bureau ${JSON.stringify(remote)} ≠ local ${JSON.stringify(local)}`);
    const full = db.prepare("SELECT high_water_seq FROM receivables_exports WHERE kind = 'full'").get() as {
      high_water_seq: number;
    };

    oneDayOfMovements(db, codes);
    const delta = timeDelta(db, full.high_water_seq);
    const scanP95 = timeScan(db, full.high_water_seq);
    reopened.close();

    const titlesPerSecond = TITLES / (sent.ms / 1000);
    return [
      line('receivables_full_load_titles_per_s', titlesPerSecond, 'titles/s', rawRate),
      line('receivables_full_load_rows', local.total, 'rows', TITLES),
      line('receivables_full_load_seconds', sent.ms / 1000, 's', null),
      line('receivables_full_load_peak_rss', sent.peak, 'MB', sent.rssBefore, 'value < 300'),
      line('receivables_daily_delta_selection_p95', delta.selectionP95, 'ms', scanP95, 'value < 50'),
      line('receivables_daily_delta_snapshot_p95', delta.snapshotP95, 'ms', null),
      line('receivables_daily_delta_rows', delta.rows, 'rows', null),
    ];
  } finally {
    sim.child.kill('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
