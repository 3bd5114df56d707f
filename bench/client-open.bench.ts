/**
 * Opening a client with 10,000 billing documents, 5,000 activities and 2,000 history entries:
 * handler time (registry → zod → session → service → SQLite) of the calls the client screen
 * makes when it opens (clients.get + clients.markOpened, which is all Detalhes needs) and of the
 * first page of every tab that can grow. Baseline: a single-row primary-key SELECT on the same
 * database in the same run. The same open on a client with ten documents shows it does not grow.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDemoCore } from '../tools/demo/demo-core';
import type { Core } from '../electron/main/core-types';
import { insertAudit } from '../electron/main/db/repos/audit.repo';
import { activityInserter } from '../electron/main/db/repos/client-activities.repo';
import { billingDocumentInserter } from '../electron/main/db/repos/client-billing.repo';
import { handlers } from '../electron/main/ipc/handlers';
import { createRegistry, type Registry } from '../electron/main/ipc/registry';
import { demoActivities, demoDocuments } from '../db/seed/client-records';
import { createPrng } from '../shared/domain/prng';
import { line, loginDemoAgent, percentile, timeEach, type BenchLine } from './support';

const DOCUMENTS = 10_000;
const ACTIVITIES = 5_000;
const HISTORY = 2_000;
const ROUNDS = 400;

/** Replaces a client's documents and activities with `documents` and `activities` generated ones. */
function fill(core: Core, clientId: number, documents: number, activities: number, history: number): void {
  const db = core.db;
  const client = db
    .prepare('SELECT erp_code AS erpCode, legal_name AS legalName FROM clients WHERE id = ?')
    .get(clientId) as { erpCode: string; legalName: string };
  const prng = createPrng(clientId);
  const insertDocument = billingDocumentInserter(db);
  const insertActivity = activityInserter(db);
  db.transaction(() => {
    db.prepare('DELETE FROM client_billing_documents WHERE client_id = ?').run(clientId);
    db.prepare('DELETE FROM client_activities WHERE client_id = ?').run(clientId);
    const numbers = { invoice: 9_000_000 + clientId * 20_000, creditNote: 9_000_000 + clientId * 20_000 };
    for (const d of demoDocuments(prng, documents, [], numbers)) insertDocument({ ...d, clientId });
    for (const a of demoActivities(prng, client, activities)) insertActivity({ ...a, clientId });
    for (let i = 0; i < history; i++) {
      insertAudit(db, {
        at: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(),
        userId: null,
        userName: 'Ana Souza',
        entity: 'client',
        entityId: clientId,
        action: 'Cadastro alterado',
        changes: { paymentMethod: { before: 'Pix', after: 'Boleto bancário' } },
      });
    }
  })();
}

async function times(
  registry: Registry,
  session: string,
  calls: [string, unknown][],
  rounds = ROUNDS,
): Promise<number[]> {
  return timeEach(
    Array.from({ length: rounds }, (_, i) => i),
    async () => {
      for (const [channel, input] of calls) {
        const r = await registry.invoke(channel, input, { sessionKey: session });
        if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
      }
    },
  );
}

export async function run(): Promise<BenchLine[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'central-bench-client-'));
  const out: BenchLine[] = [];
  try {
    const core = await createDemoCore({ dataDir, demo: true, transport: 'web', demoClientCount: 2_000 });
    const registry = createRegistry(core, handlers);
    const session = 'bench';
    await loginDemoAgent(registry, session);

    const [big, small] = (
      core.db.prepare('SELECT id FROM clients ORDER BY id DESC LIMIT 2').all() as { id: number }[]
    ).map((r) => r.id) as [number, number];
    fill(core, big, DOCUMENTS, ACTIVITIES, HISTORY);
    fill(core, small, 10, 10, 10);
    core.db.pragma('optimize');

    const pkIds = Array.from({ length: ROUNDS }, (_, i) => (i % 2000) + 1);
    const pk = core.db.prepare('SELECT * FROM clients WHERE id = ?');
    const baseline = percentile(await timeEach(pkIds, (id) => pk.get(id)), 95);

    const open = (id: number): [string, unknown][] => [
      ['clients.get', { id }],
      ['clients.markOpened', { id }],
    ];
    const tabs: [string, (id: number) => [string, unknown][]][] = [
      ['client_open_first_tab', open],
      [
        'client_tab_documents_first_page',
        (id) => [['clientBilling.documents', { clientId: id, limit: 100 }]],
      ],
      [
        'client_tab_activities_first_page',
        (id) => [['clientActivities.list', { clientId: id, filter: 'all', limit: 100 }]],
      ],
      [
        'client_tab_activities_planned_first_page',
        (id) => [['clientActivities.list', { clientId: id, filter: 'planned', limit: 100 }]],
      ],
      ['client_tab_revenue', (id) => [['clientBilling.revenue', { clientId: id }]]],
      ['client_tab_history_first_page', (id) => [['clientHistory.list', { clientId: id, limit: 100 }]]],
    ];
    // Settle first: the fill above leaves garbage whose collection would land in the first metric.
    for (const [, calls] of tabs) await times(registry, session, calls(big), 100);
    for (const [metric, calls] of tabs) {
      const bigTimes = await times(registry, session, calls(big));
      out.push(line(`${metric}_p95`, percentile(bigTimes, 95), 'ms', baseline));
    }
    // Same screen, a client with ten documents: the big client's open should cost about the same.
    const smallOpen = percentile(await times(registry, session, open(small)), 95);
    const bigOpen = percentile(await times(registry, session, open(big)), 95);
    out.push(line('client_open_big_vs_small_p95', bigOpen, 'ms', smallOpen));
    core.close();
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return out;
}
