/**
 * F9 search: the handler path (registry → zod → session → service → search keys) per query
 * class, against the floor query of the same class in the same run (one index range fetching
 * the first 20 matching rows, unranked: the least any search that returns rows can cost). Client open; cold
 * database open; cold start of the core and the first search after it.
 *
 * `npm run bench -- search` seeds 200,000 clients in a temporary folder. `--clients 1000000
 * --data-dir DIR` reuses a database seeded once with `npm run seed -- --clients 1000000
 * --data-dir DIR` (seeding 1M takes minutes). Metrics carry the scale: search_1m_2words_p95,
 * search_200k_2words_p95, startup_core_1m_ms…
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createDemoCore } from '../tools/demo/demo-core';
import type { Core } from '../electron/main/core-types';
import { openDatabase } from '../electron/main/db/connection';
import { loadMigrations } from '../electron/main/db/migrate';
import { migrationsDir } from '../electron/main/db/paths';
import { SEARCH_COLUMNS } from '../electron/main/db/repos/clients.repo';
import { handlers } from '../electron/main/ipc/handlers';
import { createRegistry, type Registry } from '../electron/main/ipc/registry';
import { KEY_KIND } from '../electron/main/services/clients/search-keys';
import { readClientSearchQuery } from '../electron/main/services/clients/search-query';
import { createPrng } from '../shared/domain/prng';
import { benchOption } from './bench-args';
import { line, loginDemoAgent, percentile, timeEach, type BenchLine } from './support';

const CLIENTS = Number(benchOption('clients') ?? process.env.BENCH_CLIENTS ?? 200_000);
const REUSE_DIR = benchOption('data-dir');
const SCALE = CLIENTS >= 1_000_000 ? `${CLIENTS / 1_000_000}m` : `${Math.round(CLIENTS / 1000)}k`;
const ROUNDS = 25;

/** The query lists of the original 200k metrics (search_1ch_p95…), kept as they were. */
const LEGACY: Record<string, string[]> = {
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

/** Per query class, what agents type: names, words, codes, addresses from the database itself. */
function classQueries(core: Core): Record<string, string[]> {
  const rnd = createPrng(17);
  const maxId = core.db.prepare('SELECT max(id) FROM clients').pluck().get() as number;
  const row = core.db.prepare(
    "SELECT emails, phones, document FROM clients WHERE id = ? AND emails <> '[]' AND phones <> '[]'",
  );
  const sample: { emails: string; phones: string; document: string }[] = [];
  while (sample.length < 12) {
    const r = row.get(rnd.int(1, maxId)) as (typeof sample)[number] | undefined;
    if (r) sample.push(r);
  }
  const pick = <T>(xs: T[]): T => rnd.pick(xs);
  const emails = sample.map((s, i) => {
    const e = pick(JSON.parse(s.emails) as string[]);
    return i % 2 === 0 ? e : e.slice(0, e.indexOf('@') + 1);
  });
  const phones = sample.map((s, i) => {
    const p = pick(JSON.parse(s.phones) as string[]);
    return [p, p.slice(2), p.slice(0, 6)][i % 3] as string;
  });
  return {
    '1ch': ['a', 'm', 's', 'j', 'c', 'r', 'l', 'p', 'f', 'b', 'x', 'z'],
    '2ch': ['jo', 'ma', 'si', 'co', 'sa', 'ol', 'fe', 'al', 'di', 'tr', 'br', 'an'],
    '3ch': ['sil', 'jos', 'mar', 'com', 'san', 'oli', 'fer', 'ali', 'dis', 'tra', 'bra', 'and'],
    '8ch': [
      'maximino',
      'oliveira',
      'ferreira',
      'comercio',
      'distribu',
      'transpor',
      'carvalho',
      'pereira ',
      'alimento',
      'gonçalve',
      'brandao ',
      'andrade ',
    ],
    '2words': [
      'jose silva',
      'maria oliveira',
      'brandao equip',
      'andrade repr',
      'comercio alimentos',
      'transportes sao',
      'distribuidora bom',
      'silva comercio',
      'equipamentos eletricos',
      'maximino santin',
      'ana souza',
      'carvalho engenharia',
    ],
    digits: [
      '02407786',
      '02.407.786/0001-91',
      '824',
      '82467786',
      '1',
      '11',
      '3238',
      '6060',
      '024077860001',
      '9',
      '45',
      ...sample.slice(0, 1).map((s) => s.document),
    ],
    email: emails,
    phone: phones,
  };
}

/**
 * Floor: the first 20 rows matching the query in one index range, with their display columns,
 * nothing ranked or merged (names for words, documents for digits, addresses for e-mail/phone).
 */
function floorQuery(core: Core): (q: string) => unknown {
  const keys = core.db.prepare(
    `SELECT ${SEARCH_COLUMNS} FROM client_search_keys k JOIN clients c ON c.id = k.client_id
     WHERE k.kind = ? AND k.boost IN (0, 1, 2) AND k.key >= ? AND k.key < ? LIMIT 20`,
  );
  const documents = core.db.prepare(
    `SELECT ${SEARCH_COLUMNS} FROM clients c WHERE c.document >= ? AND c.document < ? LIMIT 20`,
  );
  const after = (p: string) => p.slice(0, -1) + String.fromCharCode(p.charCodeAt(p.length - 1) + 1);
  return (raw) => {
    const q = readClientSearchQuery(raw);
    if (!q) return [];
    if (q.kind === 'code') {
      const rows = documents.all(q.compact, after(q.compact));
      return rows.length > 0 ? rows : keys.all(KEY_KIND.address, q.compact, after(q.compact));
    }
    if (q.kind === 'email') return keys.all(KEY_KIND.address, q.compact, after(q.compact));
    return keys.all(KEY_KIND.name, q.text, after(q.text));
  };
}

async function searchLines(core: Core, registry: Registry, session: string): Promise<BenchLine[]> {
  const out: BenchLine[] = [];
  const floor = floorQuery(core);
  const search = (q: unknown) =>
    registry.invoke('clients.search', { query: q as string, limit: 20 }, { sessionKey: session });
  // The user has opened a few clients: recency is part of every search.
  for (let id = 1; id <= 30; id++)
    await registry.invoke('clients.markOpened', { id }, { sessionKey: session });

  for (const [label, queries] of Object.entries(classQueries(core))) {
    const items = Array.from({ length: ROUNDS }, () => queries).flat();
    // Warm-up: one pass over the class, so both sides read pages already in the OS cache.
    const handlerTimes = await timeEach(items, search, queries.length);
    const floorTimes = await timeEach(items, (q) => floor(q as string), queries.length);
    for (const p of [95, 99]) {
      out.push(
        line(
          `search_${SCALE}_${label}_p${p}`,
          percentile(handlerTimes, p),
          'ms',
          percentile(floorTimes, p),
          p === 95 ? 'value <= 10' : 'value <= 20',
        ),
      );
    }
  }
  for (const [label, queries] of Object.entries(LEGACY)) {
    const items = Array.from({ length: ROUNDS }, () => queries).flat();
    const handlerTimes = await timeEach(items, search);
    const floorTimes = await timeEach(items, (q) => floor(q as string));
    for (const p of [50, 95]) {
      out.push(
        line(
          `search_${label}_p${p}`,
          percentile(handlerTimes, p),
          'ms',
          percentile(floorTimes, p),
          p === 95 ? 'value < 15' : undefined,
        ),
      );
    }
  }
  return out;
}

/**
 * Start of the core on an existing database (what the app does before its first window can
 * search), then the first search right after; baseline: a bare better-sqlite3 open + one query.
 */
async function startupLines(dataDir: string): Promise<BenchLine[]> {
  const file = path.join(dataDir, 'central.sqlite');
  const starts: number[] = [];
  const firstSearch: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < 5; i++) {
    let t0 = performance.now();
    const db = new Database(file);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    db.close();
    bare.push(performance.now() - t0);
    t0 = performance.now();
    const core = await createDemoCore({ dataDir, transport: 'web' });
    starts.push(performance.now() - t0);
    const registry = createRegistry(core, handlers);
    await loginDemoAgent(registry, `start-${i}`);
    t0 = performance.now();
    await registry.invoke(
      'clients.search',
      { query: 'brandao equip', limit: 20 },
      { sessionKey: `start-${i}` },
    );
    firstSearch.push(performance.now() - t0);
    core.close();
  }
  const bareP50 = percentile(bare, 50);
  return [
    line(`startup_core_${SCALE}_ms`, percentile(starts, 50), 'ms', bareP50, 'value <= 150'),
    line(`startup_first_search_${SCALE}_ms`, percentile(firstSearch, 50), 'ms', bareP50),
  ];
}

export async function run(): Promise<BenchLine[]> {
  const dataDir = REUSE_DIR
    ? path.resolve(REUSE_DIR)
    : fs.mkdtempSync(path.join(os.tmpdir(), 'central-bench-'));
  if (REUSE_DIR && !fs.existsSync(path.join(dataDir, 'central.sqlite'))) {
    throw new Error(
      `--data-dir ${dataDir} não tem banco: rode antes npm run seed -- --clients ${CLIENTS} --data-dir ${dataDir}`,
    );
  }
  const out: BenchLine[] = [];
  try {
    const core = await createDemoCore({ dataDir, transport: 'web', demoClientCount: CLIENTS });
    const registry = createRegistry(core, handlers);
    const session = 'bench';
    await loginDemoAgent(registry, session);
    out.push(...(await searchLines(core, registry, session)));

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
    const keyBytes = core.db
      .prepare("SELECT sum(pgsize) AS n FROM dbstat WHERE name = 'client_search_keys'")
      .pluck()
      .get() as number;
    const allBytes = core.db.prepare('SELECT sum(pgsize) AS n FROM dbstat').pluck().get() as number;
    out.push(line(`search_keys_${SCALE}_mb`, keyBytes / 2 ** 20, 'MB', allBytes / 2 ** 20));
    core.close();

    // Cold open: the app's checks (header, version) and pragmas vs a bare open + one query.
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
    out.push(...(await startupLines(dataDir)));
  } finally {
    if (!REUSE_DIR) fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return out;
}
