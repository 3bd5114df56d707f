import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from './support/test-core';
import { CLIENT_SEARCH_SQL } from '../../electron/main/db/repos/client-search.repo';
import { buildClientFtsQuery } from '../../electron/main/services/clients/fts-query';

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

describe('search query plans', () => {
  it('drive the search from the FTS index and the ERP code from its unique index', () => {
    const q = buildClientFtsQuery('silva') as NonNullable<ReturnType<typeof buildClientFtsQuery>>;
    for (const sql of [CLIENT_SEARCH_SQL.search]) {
      const plan = (t.core.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(q.match, 20) as { detail: string }[])
        .map((p) => p.detail)
        .join('\n');
      expect(plan).toMatch(/VIRTUAL TABLE INDEX \d+:M/);
      expect(plan).toMatch(/SEARCH c USING INTEGER PRIMARY KEY/);
      expect(plan).not.toMatch(/SCAN c\b/);
    }
    const exactPlan = (
      t.core.db.prepare(`EXPLAIN QUERY PLAN ${CLIENT_SEARCH_SQL.exact}`).all('1') as { detail: string }[]
    )
      .map((p) => p.detail)
      .join('\n');
    expect(exactPlan).toMatch(/USING INDEX sqlite_autoindex_clients_1/);
  });
});
