/**
 * Início first paint for an agent with 10,000 activities assigned: handler time (registry → zod →
 * session → service → SQLite) of home.day, the one query Meu dia paints from. Worst case: every
 * one of the 10,000 is still open and overdue or due today (they are all in the day's range,
 * calls among them), with 300 open tickets. Also a realistic mix (most activities done long ago).
 * Baseline: a single-row primary-key SELECT on the same database in the same run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDemoCore } from '../tools/demo/demo-core';
import type { Core } from '../electron/main/core-types';
import { activityInserter } from '../electron/main/db/repos/client-activities.repo';
import { setTicketOpener } from '../electron/main/db/repos/agent-home.repo';
import { ticketInserter } from '../electron/main/db/repos/client-tickets.repo';
import { handlers } from '../electron/main/ipc/handlers';
import { createRegistry, type Registry } from '../electron/main/ipc/registry';
import { demoActivities } from '../db/seed/client-records';
import { createPrng } from '../shared/domain/prng';
import { line, loginDemoAgent, percentile, timeEach, type BenchLine } from './support';

const ACTIVITIES = 10_000;
const TICKETS = 300;
const ROUNDS = 400;

/** Gives the user exactly `ACTIVITIES` activities over 500 clients: all open and due by now, or the demo's mix. */
function assign(core: Core, userId: number, allOpen: boolean): void {
  const db = core.db;
  const clients = db
    .prepare('SELECT id, erp_code AS erpCode, legal_name AS legalName FROM clients LIMIT 500')
    .all() as {
    id: number;
    erpCode: string;
    legalName: string;
  }[];
  const insert = activityInserter(db);
  const prng = createPrng(20);
  const now = core.now().getTime();
  db.transaction(() => {
    db.prepare('UPDATE client_activities SET owner_user_id = NULL WHERE owner_user_id = ?').run(userId);
    const first =
      (db.prepare('SELECT coalesce(max(id), 0) FROM client_activities').pluck().get() as number) + 1;
    clients.forEach((c, i) => {
      for (const a of demoActivities(prng, c, ACTIVITIES / clients.length)) {
        const dueAt = allOpen
          ? new Date(now - prng.int(0, 90 * 24) * 3_600_000 - (i % 60) * 60_000).toISOString()
          : a.dueAt;
        insert({
          ...a,
          clientId: c.id,
          dueAt,
          status: allOpen ? 'open' : a.status,
          doneAt: allOpen ? null : a.doneAt,
        });
      }
    });
    db.prepare('UPDATE client_activities SET owner_user_id = ? WHERE id >= ?').run(userId, first);
    const insertTicket = ticketInserter(db);
    for (let i = 0; i < TICKETS; i++) {
      const at = new Date(now - i * 3_600_000).toISOString();
      const id = insertTicket({
        clientId: clients[i % clients.length]!.id,
        description: `Solicitação ${i}`,
        progress: i % 100,
        status: 'open',
        openedAt: at,
        updatedAt: at,
        closedAt: null,
      });
      setTicketOpener(db, id, userId);
    }
  })();
  db.pragma('optimize');
}

async function dayTimes(registry: Registry, session: string, rounds = ROUNDS): Promise<number[]> {
  return timeEach(
    Array.from({ length: rounds }, (_, i) => i),
    async () => {
      const r = await registry.invoke('home.day', {}, { sessionKey: session });
      if (!r.ok) throw new Error(`home.day: ${r.error.message}`);
    },
  );
}

export async function run(): Promise<BenchLine[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'central-bench-home-'));
  const out: BenchLine[] = [];
  try {
    const core = await createDemoCore({ dataDir, demo: true, transport: 'web', demoClientCount: 2_000 });
    const registry = createRegistry(core, handlers);
    const session = 'bench';
    await loginDemoAgent(registry, session);
    const userId = core.db.prepare("SELECT id FROM users WHERE login = 'ana'").pluck().get() as number;
    for (let id = 1; id <= 8; id++)
      await registry.invoke('clients.markOpened', { id }, { sessionKey: session });

    const pkIds = Array.from({ length: ROUNDS }, (_, i) => (i % 2000) + 1);
    const pk = core.db.prepare('SELECT * FROM clients WHERE id = ?');
    const baseline = percentile(await timeEach(pkIds, (id) => pk.get(id)), 95);

    assign(core, userId, true);
    await dayTimes(registry, session, 100);
    out.push(line('home_day_p95_ms', percentile(await dayTimes(registry, session), 95), 'ms', baseline));
    assign(core, userId, false);
    await dayTimes(registry, session, 100);
    out.push(
      line('home_day_mixed_p95_ms', percentile(await dayTimes(registry, session), 95), 'ms', baseline),
    );
    core.close();
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return out;
}
