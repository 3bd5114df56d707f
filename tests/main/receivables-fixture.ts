/**
 * Shared by the receivables tests: a real core with demo clients whose bureau settings point
 * at a fresh simulator with the provisional upload on, titles written through the ERP sync's
 * own upserter, and the totals to compare (bureau simulator vs. this console's mirror).
 */
import { sharedSecrets } from '../../electron/main/floor/secrets/shared-secrets';
import { getBureauConfig, saveBureauConfig } from '../../electron/main/db/repos/bureau-settings.repo';
import { stateKeysInOrder, stateTotals } from '../../electron/main/db/repos/bureau-receivables-state.repo';
import { receivableUpserter } from '../../electron/main/db/repos/receivables.repo';
import type { BureauClientFactory, Core, ReceivablesTuning } from '../../electron/main/core-types';
import type { Db } from '../../electron/main/db/connection';
import type { ErpReceivableTitle, ReceivableMovement } from '../../electron/main/gateways/erp/erp-gateway';
import {
  hashKeys,
  hashSortedKeys,
  MAX_ROWS_PER_BATCH,
} from '../../electron/main/services/receivables/receivables-payload';
import { JOB_RETRY } from '../../electron/main/services/receivables/receivables-retry';
import { bureauClientFromSettings } from '../../electron/main/services/credit/bureau-connection';
import { createErpGateway } from '../../electron/main/gateways/erp/erp-client';
import { DEFAULT_EMAIL, DEFAULT_PASSWORD } from '../../tools/simulators/bureau/fixtures';
import type { BureauSimulatorHandle } from '../../tools/simulators/bureau/server';

export interface Totals {
  total: number;
  amountCents: number;
  keysHash: string;
}

/** Points the core at the simulator (as Configurações would) with the upload on and fast retries. */
export async function pointAtSimulator(
  core: Core,
  sim: { url: string; caPem: string },
  opts: { dailySync?: boolean; timeoutMs?: number } = {},
): Promise<void> {
  saveBureauConfig(core.db, {
    ...getBureauConfig(core.db),
    url: sim.url,
    email: DEFAULT_EMAIL,
    // Sealed as the settings screen seals it: with the floor key on a floor seat.
    passwordCipher: await sharedSecrets(core).encrypt(DEFAULT_PASSWORD),
    caPem: sim.caPem,
    receivablesDailySync: opts.dailySync ?? true,
    receivablesUploadEnabled: true,
    timeoutMs: opts.timeoutMs ?? 5_000,
  });
  tuneReceivables(core, { retry: { attempts: 4, baseDelayMs: 5, maxDelayMs: 20 } });
}

/**
 * Sets the receivables tuning and bureau client of the core's container for the next run: what
 * is not given goes back to the production defaults (the saved bureau, full batches, job retry).
 */
export function tuneReceivables(
  core: Core,
  t: Partial<ReceivablesTuning> & { client?: BureauClientFactory },
): void {
  core.tuning.receivables = { batchSize: t.batchSize ?? MAX_ROWS_PER_BATCH, retry: t.retry ?? JOB_RETRY };
  core.bureauClient = t.client ?? bureauClientFromSettings;
}

export function simulatorTotals(sim: BureauSimulatorHandle): Totals {
  const records = sim.receivables().records;
  let amountCents = 0;
  for (const r of records.values()) amountCents += r.valorCentavos;
  return { total: records.size, amountCents, keysHash: hashKeys(records.keys()) };
}

export function localTotals(db: Db): Totals {
  const t = stateTotals(db);
  return { total: t.total, amountCents: t.amountCents, keysHash: hashSortedKeys(stateKeysInOrder(db)) };
}

export function clientCodes(db: Db, limit: number): string[] {
  return db.prepare('SELECT erp_code FROM clients ORDER BY id LIMIT ?').pluck().all(limit) as string[];
}

export interface TitleSpec {
  key: string;
  erpCode: string;
  issueDate: string;
  amountCents: number;
  movements?: ReceivableMovement[];
  cancelled?: boolean;
}

/** A title as the ERP sync stores it: status, paid amount and payment date follow its movements. */
export function title(spec: TitleSpec): ErpReceivableTitle {
  const movements = spec.movements ?? [
    { kind: 'entry', date: spec.issueDate, amountCents: spec.amountCents },
  ];
  let paid = 0;
  let paymentDate: string | null = null;
  for (const m of movements) {
    if (m.kind === 'payment') {
      paid += m.amountCents;
      paymentDate = m.date;
    } else if (m.kind === 'payment_reversal') paid -= m.amountCents;
  }
  paid = Math.max(0, paid);
  const status = spec.cancelled
    ? 'cancelled'
    : paid >= spec.amountCents
      ? 'paid'
      : paid > 0
        ? 'partial'
        : 'open';
  const [number, installment] = spec.key.split('/');
  return {
    key: spec.key,
    erpCode: spec.erpCode,
    titleNumber: number as string,
    installment: Number(installment ?? 1),
    issueDate: spec.issueDate,
    dueDate: spec.issueDate,
    amountCents: spec.amountCents,
    paidCents: paid,
    paymentDate: paid > 0 ? paymentDate : null,
    status,
    environment: 'Distribuidora',
    boletoId: null,
    digitableLine: null,
    movements,
    changedAt: `${spec.issueDate}T12:00:00.000Z`,
  };
}

export function writeTitles(db: Db, titles: ErpReceivableTitle[]): void {
  const upsert = receivableUpserter(db);
  db.transaction(() => {
    for (const t of titles) upsert(t, '2026-01-01T00:00:00.000Z');
  })();
}

/**
 * `count` titles over the given clients, issued before `today`: a third paid (a payment),
 * a third partly paid, the rest open; deterministic.
 */
export function bulkTitles(codes: string[], count: number, today: string): ErpReceivableTitle[] {
  const out: ErpReceivableTitle[] = [];
  for (let i = 0; i < count; i += 1) {
    const issueDate = addDaysIso(today, -(1 + (i % 300)));
    const amountCents = 10_000 + ((i * 7919) % 500_000);
    const movements: ReceivableMovement[] = [{ kind: 'entry', date: issueDate, amountCents }];
    if (i % 3 === 0) movements.push({ kind: 'payment', date: addDaysIso(issueDate, 1), amountCents });
    if (i % 3 === 1) movements.push({ kind: 'payment', date: addDaysIso(issueDate, 1), amountCents: 5_000 });
    out.push(
      title({
        key: `T${String(i).padStart(7, '0')}/1`,
        erpCode: codes[i % codes.length] as string,
        issueDate,
        amountCents,
        movements,
      }),
    );
  }
  return out;
}

export function addDaysIso(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Gives the core an ERP (for the shared sync-host setting) backed by the ERP simulator. */
export function useErp(core: Core, erp: { url: string; token: string }): void {
  const gateway = createErpGateway({
    baseUrl: erp.url,
    token: erp.token,
    timeoutMs: 2_000,
    retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
  });
  core.erpGateway = async () => gateway;
}

/** Polls until no run of `job` is in progress and at least `count` runs exist. */
export async function waitForRuns(db: Db, job: string, count: number, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const row = db
      .prepare("SELECT count(*) AS n, sum(status = 'running') AS running FROM job_runs WHERE job = ?")
      .get(job) as { n: number; running: number | null };
    if (row.n >= count && !row.running) return;
    if (Date.now() > deadline) throw new Error(`esperava ${count} execução(ões) de ${job}; há ${row.n}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
