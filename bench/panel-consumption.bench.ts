/**
 * Painel → Consumo Deps with 100,000 ledger rows over 13 months (about 7,500 a month, ~30 agents,
 * 4 products): handler time of `panel.consumption` (registry → session → permission → the five
 * ledger reads and the budget), p95. Baseline: a single-row primary-key SELECT on the same
 * database in the same run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDemoCore } from '../tools/demo/demo-core';
import { handlers } from '../electron/main/ipc/handlers';
import { createRegistry } from '../electron/main/ipc/registry';
import { saveBudget } from '../electron/main/services/panel/bureau-budget';
import { line, percentile, timeEach, type BenchLine } from './support';

const LEDGER_ROWS = 100_000;
const ROUNDS = 200;
const PRODUCTS = ['A1B2C3D4', 'B2C3D4E5', 'C3D4E5F6', 'D4E5F6A7'];
const STATUSES = ['succeeded', 'succeeded', 'succeeded', 'failed', 'unknown'];

export async function run(): Promise<BenchLine[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'central-bench-panel-'));
  try {
    const core = await createDemoCore({ dataDir, demo: true, transport: 'web', demoClientCount: 2_000 });
    const db = core.db;
    const insert = db.prepare(
      `INSERT INTO bureau_queries (idempotency_key, client_id, document, person_type, product_id, product_name,
         user_id, user_name, status, requested_at, reused)
       VALUES (?, ?, '11222333000181', 'J', ?, ?, NULL, ?, ?, ?, ?)`,
    );
    const now = core.now().getTime();
    const span = 395 * 86_400_000;
    db.transaction(() => {
      for (let i = 0; i < LEDGER_ROWS; i++) {
        const product = PRODUCTS[i % PRODUCTS.length] as string;
        insert.run(
          `bench-${i}`,
          (i % 2_000) + 1,
          product,
          `Produto ${product}`,
          `Atendente ${i % 30}`,
          STATUSES[i % STATUSES.length],
          new Date(now - ((i * 7_919) % span)).toISOString(),
          i % 17 === 0 ? 1 : 0,
        );
      }
    })();
    saveBudget(db, {
      monthlyBudgetCents: 5_000_000,
      blockAtLimit: true,
      pricesCents: Object.fromEntries(PRODUCTS.map((p, i) => [p, 1_500 + i * 500])),
    });
    db.pragma('optimize');
    const registry = createRegistry(core, handlers);
    const login = await registry.invoke(
      'auth.login',
      { login: 'admin', password: 'admin-demo-2026' },
      { sessionKey: 'bench' },
    );
    if (!login.ok) throw new Error(login.error.message);
    const pk = db.prepare('SELECT * FROM clients WHERE id = ?');
    const ids = Array.from({ length: ROUNDS }, (_, i) => (i % 2000) + 1);
    const baseline = percentile(await timeEach(ids, (id) => pk.get(id)), 95);
    const samples = await timeEach(ids, async () => {
      const r = await registry.invoke('panel.consumption', {}, { sessionKey: 'bench' });
      if (!r.ok) throw new Error(r.error.message);
    });
    core.close();
    return [
      line('panel_consumption_p95_ms', percentile(samples, 95), 'ms', baseline, `${LEDGER_ROWS} ledger rows`),
    ];
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
