import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientInserter, type NewClient } from '../../electron/main/db/repos/clients.repo';
import { normalizeSearchText } from '../../shared/domain/search-text';
import type { ClientSearchRow } from '../../shared/ipc/dto/clients';
import { createTestCore, type TestCore } from './support/test-core';

/**
 * Enter opens the first row, so a query that is a whole name must list that client first,
 * above look-alikes that share its words. 40,000 seeded clients hold both names of the issue
 * (several times, as real registers do); look-alikes are added on top, deterministically.
 */
let t: TestCore;
let agent: string;
const NAMES = ['Brandão Equipamentos Elétricos EPP', 'Andrade Representações Ltda ME'];

function lookAlikes(name: string): string[] {
  const words = name.split(' ');
  return [
    // The same name as another ERP would export it: exact after folding.
    name.toUpperCase().replace(/ (\S+)$/, ' - $1'),
    `${words[0]} & ${words[0]} ${words.slice(1).join(' ')}`,
    `${name} Filial ${words.length}`,
    `${words.slice(1).join(' ')} ${words[0]}`,
    `${words[0]} ${words[1]} e ${words.slice(2).join(' ')}`,
    `Grupo ${name}`,
    `${words[0]}s ${words.slice(1).join(' ')}`,
  ];
}

beforeAll(async () => {
  t = await createTestCore({ clients: 40_000 });
  agent = await t.loginAs('ana');
  const insert = clientInserter(t.core.db);
  const base = t.core.db.prepare('SELECT * FROM clients WHERE id = 1').get() as NewClient & { id?: number };
  delete base.id;
  let n = 0;
  t.core.db.transaction(() => {
    for (const name of NAMES) {
      for (const alike of lookAlikes(name)) {
        for (const abc of ['C', 'B'] as const) {
          n++;
          insert({
            ...base,
            erp_code: `LA${n}`,
            document: `9900000000${String(n).padStart(4, '0')}`,
            legal_name: alike,
            trade_name: null,
            abc_class: abc,
          });
        }
      }
    }
  })();
}, 120_000);
afterAll(() => t.close());

const search = async (query: string): Promise<ClientSearchRow[]> => {
  const r = await t.call(agent, 'clients.search', { query, limit: 20 });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const isExact = (r: ClientSearchRow, q: string) =>
  normalizeSearchText(r.legalName) === normalizeSearchText(q) ||
  normalizeSearchText(r.tradeName ?? '') === normalizeSearchText(q);

describe('F9 ranking an agent can press Enter on', () => {
  it.each([
    'brandao equipamentos eletricos epp',
    'andrade representacoes ltda me',
    'BRANDÃO EQUIPAMENTOS ELÉTRICOS EPP',
  ])('lists every client named exactly "%s" before any look-alike', async (q) => {
    const rows = await search(q);
    const exact = t.core.db
      .prepare('SELECT count(*) AS n FROM clients WHERE legal_name IN (?, ?)')
      .get(...NAMES) as { n: number };
    expect(rows.filter((r) => isExact(r, q)).length).toBeGreaterThan(1);
    expect(exact.n).toBeGreaterThan(1);
    expect(rows[0] && isExact(rows[0], q)).toBe(true);
    const firstOther = rows.findIndex((r) => !isExact(r, q));
    const lastExact = rows.map((r) => isExact(r, q)).lastIndexOf(true);
    expect(lastExact).toBeLessThan(firstOther === -1 ? Infinity : firstOther);
  });

  it('puts names starting with the query words before names containing them elsewhere', async () => {
    const rows = await search('brandao equip');
    const startsRe = /^brandao\w*( \w+)* equip/;
    const starts = rows.map(
      (r) =>
        startsRe.test(normalizeSearchText(r.legalName)) ||
        startsRe.test(normalizeSearchText(r.tradeName ?? '')),
    );
    expect(starts[0]).toBe(true);
    expect(starts.lastIndexOf(true)).toBeLessThan(
      starts.indexOf(false) === -1 ? Infinity : starts.indexOf(false),
    );
  });

  it('breaks ties by class A first, then by the client this agent opened recently', async () => {
    const q = 'andrade representacoes ltda me';
    const before = (await search(q)).filter((r) => isExact(r, q));
    const classOf = (id: number) =>
      (t.core.db.prepare('SELECT abc_class AS c FROM clients WHERE id = ?').get(id) as { c: string }).c;
    const classes = before.map((r) => classOf(r.id));
    expect(classes).toEqual([...classes].sort());
    const last = before[before.length - 1] as ClientSearchRow;
    expect(classOf(last.id)).not.toBe('A');
    await t.call(agent, 'clients.markOpened', { id: last.id });
    expect((await search(q))[0]?.id).toBe(last.id);
    // Another agent's history does not reorder mine, nor does it reorder theirs.
    const other = await t.loginAs('admin');
    const r = await t.call(other, 'clients.search', { query: q, limit: 20 });
    expect(r.ok && r.value[0]?.id).toBe(before[0]?.id);
  });

  it('ranks an exact ERP code or document above everything', async () => {
    const c = t.core.db
      .prepare('SELECT erp_code, document FROM clients WHERE legal_name = ? LIMIT 1')
      .get(NAMES[0]) as { erp_code: string; document: string };
    expect((await search(c.erp_code))[0]?.erpCode).toBe(c.erp_code);
    expect((await search(c.document))[0]?.document).toBe(c.document);
  });
});
