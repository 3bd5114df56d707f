/**
 * Liberação de crédito: the queue's first page (registry → zod → session → permission →
 * service → SQLite, with the total and the counts per reason) on 100,000 synced orders of which
 * 5,000 are blocked for credit, as the analyst opens the screen. Baseline: a single-row
 * primary-key SELECT on the same database in the same run. Also the filtered and value-sorted
 * first pages and the top-bar badge count, against the same baseline.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDemoCore } from '../tools/demo/demo-core';
import { creditOrderUpserter } from '../electron/main/db/repos/credit-orders.repo';
import { erpRecordUpserter } from '../electron/main/db/repos/erp-records.repo';
import { handlers } from '../electron/main/ipc/handlers';
import { createRegistry, type Registry } from '../electron/main/ipc/registry';
import { addDays } from '../shared/domain/dates';
import { CREDIT_BLOCK_REASONS } from '../shared/domain/credit-release';
import { createPrng } from '../shared/domain/prng';
import { line, percentile, timeEach, type BenchLine } from './support';

const ORDERS = 100_000;
const BLOCKED = 5_000;
const CLIENTS = 2_000;
const ROUNDS = 300;

export function fill(core: Awaited<ReturnType<typeof createDemoCore>>): void {
  const codes = (
    core.db.prepare('SELECT erp_code FROM clients ORDER BY id').all() as { erp_code: string }[]
  ).map((r) => r.erp_code);
  const prng = createPrng(15);
  const order = creditOrderUpserter(core.db);
  const seller = erpRecordUpserter(core.db);
  const at = '2026-11-22T18:00:00.000Z';
  core.db.transaction(() => {
    for (let s = 1; s <= 12; s++)
      seller('vendedor', {
        key: `V${String(s).padStart(3, '0')}`,
        changedAt: at,
        data: { nome: `Vendedor ${s}`, ativo: true },
      });
    // Every 20th order is blocked: 5,000 blocked among 100,000, spread over two years.
    for (let i = 0; i < ORDERS; i++) {
      const blocked = i % (ORDERS / BLOCKED) === 0;
      const date = addDays('2026-11-22', -prng.int(0, blocked ? 60 : 720));
      order(
        {
          number: `B${i + 1}`,
          changedAt: `${date}T17:30:00.000Z`,
          clientErpCode: codes[i % codes.length] as string,
          date,
          sellerCode: `V${String((i % 12) + 1).padStart(3, '0')}`,
          valueCents: prng.int(5_000, 5_000_000),
          erpStatus: blocked ? 'ABERTO' : 'FATURADO',
          creditState: blocked ? 'blocked' : 'released',
          blockReason: blocked ? prng.pick(CREDIT_BLOCK_REASONS) : null,
          decidedBy: null,
          decidedAt: null,
        },
        at,
      );
    }
  })();
  core.db.pragma('optimize');
}

async function times(
  registry: Registry,
  session: string,
  channel: string,
  input: unknown,
): Promise<number[]> {
  return timeEach(
    Array.from({ length: ROUNDS }, (_, i) => i),
    async () => {
      const r = await registry.invoke(channel, input, { sessionKey: session });
      if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
    },
  );
}

export async function run(): Promise<BenchLine[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'central-bench-credit-'));
  const out: BenchLine[] = [];
  try {
    const core = await createDemoCore({ dataDir, demo: true, transport: 'web', demoClientCount: CLIENTS });
    fill(core);
    const blocked = core.db
      .prepare("SELECT count(*) AS n FROM credit_orders WHERE credit_state = 'blocked'")
      .get() as { n: number };
    if (blocked.n !== BLOCKED) throw new Error(`expected ${BLOCKED} blocked orders, got ${blocked.n}`);
    const registry = createRegistry(core, handlers);
    const session = 'bench';
    const login = await registry.invoke(
      'auth.login',
      { login: 'admin', password: 'admin-demo-2026' },
      { sessionKey: session },
    );
    if (!login.ok) throw new Error(login.error.message);

    const ids = Array.from({ length: ROUNDS }, (_, i) => ((i * 331) % ORDERS) + 1);
    const pk = core.db.prepare('SELECT * FROM credit_orders WHERE id = ?');
    const baseline = percentile(await timeEach(ids, (id) => pk.get(id)), 95);

    const cases: [string, string, unknown][] = [
      ['credit_release_queue_p95_ms', 'creditRelease.queue', {}],
      [
        'credit_release_queue_reason_p95_ms',
        'creditRelease.queue',
        { filters: { reasons: ['overdue_titles'] } },
      ],
      ['credit_release_queue_by_value_p95_ms', 'creditRelease.queue', { sort: 'value_desc' }],
      ['credit_release_waiting_count_p95_ms', 'creditRelease.waitingCount', {}],
    ];
    for (const [, channel, input] of cases) await times(registry, session, channel, input);
    for (const [metric, channel, input] of cases)
      out.push(line(metric, percentile(await times(registry, session, channel, input), 95), 'ms', baseline));
    core.close();
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return out;
}
