/**
 * F9 search on 200,000 clients: the handler path (registry → zod → session → service → FTS5)
 * against the raw FTS5 query on the same data; client open; cold database open.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createDemoCore } from '../tools/demo/demo-core';
import { openDatabase } from '../electron/main/db/connection';
import { loadMigrations } from '../electron/main/db/migrate';
import { migrationsDir } from '../electron/main/db/paths';
import { handlers } from '../electron/main/ipc/handlers';
import { createRegistry } from '../electron/main/ipc/registry';
import { buildClientFtsQuery } from '../electron/main/services/clients/fts-query';
import { CLIENT_SEARCH_SQL } from '../electron/main/db/repos/client-search.repo';
import { line, percentile, timeEach, type BenchLine } from './support';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 200_000);
const QUERIES: Record<string, string[]> = {
  '1ch': ['a', 'm', 's', 'j', 'c', 'r', 'l', 'p', 'f', 'b', '8', '2'],
  '3ch': ['sil', 'jos', 'mar', 'com', 'san', 'oli', 'fer', 'ali', 'dis', 'tra', '824', '024'],
  '8ch': [
    'maximino',
    'oliveira',
    'ferreira',
    'comercio',
    'distribu',
    'transpor',
    '82467786',
    '02407786',
    'carvalho',
    'pereira ',
    'alimento',
    'gonçalve',
  ],
};
const ROUNDS = 25;

export async function run(): Promise<BenchLine[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'central-bench-'));
  const out: BenchLine[] = [];
  try {
    const core = await createDemoCore({ dataDir, demo: true, transport: 'web', demoClientCount: CLIENTS });
    const registry = createRegistry(core, handlers);
    const session = 'bench';
    const login = await registry.invoke(
      'auth.login',
      { login: 'ana', password: 'atendente-demo' },
      { sessionKey: session },
    );
    if (!login.ok) throw new Error(login.error.message);

    for (const [label, queries] of Object.entries(QUERIES)) {
      const items = Array.from({ length: ROUNDS }, () => queries).flat();
      const handlerTimes = await timeEach(items, (q) =>
        registry.invoke('clients.search', { query: q as string, limit: 20 }, { sessionKey: session }),
      );
      // Baseline: the raw FTS5 query (same MATCH, same bounded ranking, same rows joined for
      // display), straight on the connection: no IPC contract, zod, session or ERP-code lookup.
      const raw = (q: string) =>
        core.db.prepare(CLIENT_SEARCH_SQL.search).all(buildClientFtsQuery(q)!.match, 20);
      const rawTimes = await timeEach(items, (q) => raw(q as string));
      for (const p of [50, 95]) {
        out.push(
          line(
            `search_${label}_p${p}`,
            percentile(handlerTimes, p),
            'ms',
            percentile(rawTimes, p),
            p === 95 ? 'ratio <= 1.5 and value < 15' : undefined,
          ),
        );
      }
    }

    const ids = (
      core.db.prepare('SELECT id FROM clients ORDER BY random() LIMIT 500').all() as { id: number }[]
    ).map((r) => r.id);
    const openTimes = await timeEach(ids, (id) =>
      registry.invoke('clients.get', { id: id as number }, { sessionKey: session }),
    );
    const pkTimes = await timeEach(ids, (id) =>
      core.db.prepare('SELECT * FROM clients WHERE id = ?').get(id),
    );
    out.push(line('client_open_p95', percentile(openTimes, 95), 'ms', percentile(pkTimes, 95)));
    core.close();

    // Cold open: the app's checks (header, quick_check, version) and pragmas vs a bare open + one query.
    const file = path.join(dataDir, 'central.sqlite');
    const migrations = loadMigrations(migrationsDir());
    const cold: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < 5; i++) {
      let t0 = performance.now();
      openDatabase(file, { migrations }).close();
      cold.push(performance.now() - t0);
      t0 = performance.now();
      const db = new Database(file);
      db.prepare('SELECT count(*) FROM sqlite_master').get();
      db.close();
      bare.push(performance.now() - t0);
    }
    out.push(line('db_cold_open_p50', percentile(cold, 50), 'ms', percentile(bare, 50)));
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return out;
}
