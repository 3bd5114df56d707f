import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { erpClientUpserter } from '../../electron/main/db/repos/erp-clients.repo';
import type { ClientSearchRow } from '../../shared/ipc/dto/clients';
import { showcaseClientId, SHOWCASE_ERP_CODE, value } from './client-test-helpers';
import { createTestCore, type TestCore } from './support/test-core';

let t: TestCore;
let agent: string;
beforeAll(async () => {
  t = await createTestCore({ clients: 2000 });
  agent = await t.loginAs('ana');
});
afterAll(() => t.close());

const search = async (query: string): Promise<ClientSearchRow[]> =>
  value(await t.call(agent, 'clients.search', { query, limit: 20 }));
const fields = {
  name: 'Zuleica Bragança',
  initials: '',
  company: '',
  role: 'Compradora',
  email: 'zuleica.braganca@exemplo.com.br',
  phone: '47998761234',
  tags: [],
};

describe('F9 finds clients by their contact persons', () => {
  it('finds the showcase client by its Responsável and says so on the row', async () => {
    const rows = await search('josé maximino');
    const row = rows.find((r) => r.erpCode === SHOWCASE_ERP_CODE);
    expect(row?.matchedContact).toBe('José Maximino');
  });

  it('ranks a match on the client itself above a match on a contact', async () => {
    const rows = await search('maximino');
    const byName = rows.findIndex((r) => !r.matchedContact);
    const byContact = rows.findIndex((r) => !!r.matchedContact);
    expect(byName).toBe(0);
    if (byContact >= 0) expect(rows.slice(byContact).every((r) => !!r.matchedContact)).toBe(true);
  });

  it('follows a contact being added, edited and removed', async () => {
    const clientId = showcaseClientId(t);
    expect(await search('zuleica')).toEqual([]);
    const saved = value(await t.call(agent, 'clientContacts.save', { clientId, fields }));
    for (const q of [
      'zuleica',
      'braganca zul'.split(' ').reverse().join(' '),
      'zuleica.braganca@exemplo',
      '47998761234',
      '998761234',
    ]) {
      const rows = await search(q);
      expect(
        rows.map((r) => [r.id, r.matchedContact]),
        q,
      ).toContainEqual([clientId, 'Zuleica Bragança']);
    }
    value(
      await t.call(agent, 'clientContacts.save', {
        clientId,
        id: saved.id,
        fields: { ...fields, name: 'Zuleide Bragança', email: null, phone: null },
      }),
    );
    expect(await search('zuleica')).toEqual([]);
    expect(await search('47998761234')).toEqual([]);
    expect((await search('zuleide'))[0]).toMatchObject({ id: clientId, matchedContact: 'Zuleide Bragança' });
    value(await t.call(agent, 'clientContacts.remove', { id: saved.id }));
    expect(await search('zuleide')).toEqual([]);
  });

  it('follows the Responsável changing in an ERP sync, and leaves no key behind', async () => {
    const row = t.core.db.prepare('SELECT * FROM clients WHERE id = 5').get() as Record<string, unknown>;
    const keysBefore = (
      t.core.db.prepare('SELECT count(*) AS n FROM client_search_keys').get() as { n: number }
    ).n;
    const upsert = erpClientUpserter(t.core.db);
    const record = {
      erpCode: row.erp_code as string,
      legalName: row.legal_name as string,
      tradeName: row.trade_name as string | null,
      document: row.document as string,
      personType: row.person_type as 'F' | 'J',
      status: row.status as 'active',
      creditLimitCents: 0,
      availableBalanceCents: 0,
      creditStatus: 'ADIMPLENTE' as const,
      lastPurchaseDate: null,
      segment: '',
      clientGroup: null,
      responsible: 'Xisto Quaresma',
      emails: JSON.parse(row.emails as string) as string[],
      phones: JSON.parse(row.phones as string) as string[],
      site: null,
      city: row.city as string,
      uf: row.uf as string,
      paymentMethod: '',
      erpAbcClass: null,
      callsAllowed: true,
      messagesAllowed: true,
      consentChangedBy: null,
      consentChangedAt: null,
      createdAt: row.created_at as string,
      changedAt: '2026-12-01T12:00:00.000Z',
    };
    upsert(record);
    expect((await search('xisto quaresma'))[0]).toMatchObject({ id: 5, matchedContact: 'Xisto Quaresma' });
    upsert({ ...record, responsible: row.responsible as string });
    expect(await search('xisto quaresma')).toEqual([]);
    expect((t.core.db.prepare('SELECT count(*) AS n FROM client_search_keys').get() as { n: number }).n).toBe(
      keysBefore,
    );
  });

  it('drops a deleted client and its contacts from the keys', () => {
    const clientId = (
      t.core.db.prepare('SELECT client_id AS id FROM client_contacts LIMIT 1').get() as { id: number }
    ).id;
    t.core.db.prepare('DELETE FROM recent_clients WHERE client_id = ?').run(clientId);
    t.core.db.prepare('DELETE FROM clients WHERE id = ?').run(clientId);
    expect(
      t.core.db.prepare('SELECT count(*) AS n FROM client_search_keys WHERE client_id = ?').get(clientId),
    ).toEqual({ n: 0 });
  });
});
