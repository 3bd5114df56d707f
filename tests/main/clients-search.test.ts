import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from './support/test-core';
import { CLIENT_SEARCH_SQL } from '../../electron/main/db/repos/client-search.repo';

let t: TestCore;
let agent: string;
beforeAll(async () => {
  t = await createTestCore({ clients: 2000 });
  agent = await t.loginAs('ana');
});
afterAll(() => t.close());

const search = async (query: string) => {
  const r = await t.call(agent, 'clients.search', { query, limit: 20 });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('F9 client search through the registry', () => {
  it('finds accented names without accents and in any case', async () => {
    const rows = await search('JOSE');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => /José/.test(`${r.legalName} ${r.tradeName ?? ''}`))).toBe(true);
  });

  it('finds a CNPJ typed formatted, raw or by its first 8 digits', async () => {
    for (const q of ['02.407.786/0001-91', '02407786000191', '02407786']) {
      const rows = await search(q);
      expect(rows[0]?.document, q).toBe('02407786000191');
    }
  });

  it('ranks an exact ERP code first', async () => {
    const rows = await search('82467786');
    expect(rows[0]?.erpCode).toBe('82467786');
  });

  it('finds by e-mail and by phone with or without DDD', async () => {
    const client = t.core.db
      .prepare("SELECT id, emails, phones FROM clients WHERE phones <> '[]' AND emails <> '[]' LIMIT 1")
      .get() as {
      id: number;
      emails: string;
      phones: string;
    };
    const email = (JSON.parse(client.emails) as string[])[0] as string;
    const phone = (JSON.parse(client.phones) as string[])[0] as string;
    expect((await search(email)).map((r) => r.id)).toContain(client.id);
    expect((await search(phone)).map((r) => r.id)).toContain(client.id);
    expect((await search(phone.slice(2))).map((r) => r.id)).toContain(client.id);
  });

  it('treats an invalid CNPJ, FTS syntax and stray quotes as plain text', async () => {
    expect(await search('02.407.786/0001-07')).toEqual([]);
    for (const q of ['"', 'AND OR NOT', 'a*b"c', '(', 'NEAR(', '-', '***']) {
      const r = await t.call(agent, 'clients.search', { query: q, limit: 20 });
      expect(r.ok, q).toBe(true);
    }
  });

  it('needs a logged-in user', async () => {
    const r = await t.call('anonymous', 'clients.search', { query: 'jose', limit: 5 });
    expect(r).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('lists recently opened clients, newest first', async () => {
    const [a, b] = (await search('silva')).slice(0, 2);
    await t.call(agent, 'clients.markOpened', { id: a!.id });
    await new Promise((r) => setTimeout(r, 5));
    await t.call(agent, 'clients.markOpened', { id: b!.id });
    const r = await t.call(agent, 'clients.recent', { limit: 10 });
    expect(r.ok && r.value.slice(0, 2).map((x) => x.id)).toEqual([b!.id, a!.id]);
  });
});

describe('search query plans, one per query class', () => {
  // Every statement F9 runs for a query of each class, recorded as the service prepares it,
  // must read an index range: no table scan, no sort of all the matches.
  const CLASSES: Record<string, string> = {
    '1 character': 'a',
    '2 characters': 'jo',
    '3 characters': 'sil',
    '8 characters': 'maximino',
    'two words': 'brandao equip',
    'digits/CNPJ': '02.407.786/0001-91',
    'e-mail': 'patrick.fonseca@',
    phone: '11987654321',
    'words out of order': 'equipamentos brandao',
    'e-mail local part': 'patrick',
  };
  let p: TestCore;
  let session: string;
  const statements = new Set<string>();
  beforeAll(async () => {
    p = await createTestCore({ clients: 300 });
    session = await p.loginAs('ana');
    const prepare = p.core.db.prepare.bind(p.core.db);
    // Statements are prepared once and cached: record each one every time it runs.
    p.core.db.prepare = ((sql: string) => {
      const stmt = prepare(sql);
      for (const m of ['all', 'get', 'run', 'iterate'] as const) {
        const run = stmt[m].bind(stmt) as (...a: unknown[]) => unknown;
        (stmt as unknown as Record<string, unknown>)[m] = (...a: unknown[]) => {
          statements.add(sql);
          return run(...a);
        };
      }
      return stmt;
    }) as typeof p.core.db.prepare;
  });
  afterAll(() => p.close());

  it.each(Object.entries(CLASSES))('%s reads index ranges only', async (_label, query) => {
    statements.clear();
    await p.call(session, 'clients.markOpened', { id: 1 });
    const r = await p.call(session, 'clients.search', { query, limit: 20 });
    expect(r.ok).toBe(true);
    const searchSql = [...statements].filter((s) => /client_search_keys|FROM clients c/.test(s));
    expect(searchSql.length).toBeGreaterThan(0);
    for (const sql of searchSql) {
      const params = (sql.match(/\?/g) ?? []).map(() => 'a');
      const plan = (p.core.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[])
        .map((x) => x.detail)
        .join('\n');
      expect(plan, sql).not.toMatch(/^SCAN (c|clients|client_search_keys|r)\b(?! VIRTUAL)/m);
      expect(plan, sql).not.toMatch(/TEMP B-TREE/);
      if (/FROM client_search_keys/.test(sql))
        expect(plan, sql).toMatch(
          /SEARCH client_search_keys USING PRIMARY KEY \(kind=\? AND boost=\? AND key/,
        );
    }
  });

  it('keeps the ERP code on its unique index', () => {
    const plan = (
      t.core.db.prepare(`EXPLAIN QUERY PLAN ${CLIENT_SEARCH_SQL.exactCode}`).all('1') as { detail: string }[]
    )
      .map((x) => x.detail)
      .join('\n');
    expect(plan).toMatch(/USING (COVERING )?INDEX sqlite_autoindex_clients_1/);
  });
});
