import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MY_ACTIVITY_COUNTS_SQL,
  MY_OPEN_TICKETS_SQL,
  myOpenActivitiesSql,
} from '../../electron/main/db/repos/agent-home.repo';
import { CLIENTS_BY_PHONE_SQL } from '../../electron/main/db/repos/screen-pop.repo';
import { deliverScreenPop } from '../../electron/main/services/home/screen-pop.service';
import { createTestCore, type TestCore } from './support/test-core';
import { loginRestricted, queryPlan, showcaseClientId, value } from './client-test-helpers';

// 15:00 UTC = 12:00 in São Paulo: "today" runs until 03:00 UTC tomorrow.
const NOW = Date.parse('2026-11-25T15:00:00.000Z');
const at = (hoursFromNow: number) => new Date(NOW + hoursFromNow * 3_600_000).toISOString();
let t: TestCore;
let ana: string;
let other: string;
let anaId: number;
let clientA: number;
let clientB: number;
let clientC: number;

const events: string[] = [];

beforeAll(async () => {
  t = await createTestCore({ now: () => new Date(NOW), clients: 60 });
  ana = await t.loginAs('ana');
  other = await loginRestricted(t, 'bruno.home');
  anaId = (t.core.db.prepare("SELECT id FROM users WHERE login = 'ana'").get() as { id: number }).id;
  const ids = (t.core.db.prepare('SELECT id FROM clients ORDER BY id LIMIT 3').all() as { id: number }[]).map(
    (r) => r.id,
  );
  [clientA, clientB, clientC] = ids as [number, number, number];
  // A fresh slate for Ana: the demo's generated activities are hers too (adopted by owner name).
  t.core.db.prepare('UPDATE client_activities SET owner_user_id = NULL WHERE owner_user_id = ?').run(anaId);
  t.core.db.prepare('DELETE FROM recent_clients').run();
  t.core.events.subscribe((event) => void events.push(event));
});
afterAll(() => t.close());

const day = (key = ana) => t.call(key, 'home.day', {}).then(value);
const create = (
  key: string,
  clientId: number,
  kind: 'call' | 'task' | 'appointment',
  title: string,
  h: number,
) =>
  t.call(key, 'clientActivities.create', { clientId, kind, title, dueAt: at(h), notify: false }).then(value);

describe('Meu dia', () => {
  it('an empty day has nothing in it and says so through its counts', async () => {
    const d = await day();
    expect(d.today).toBe('2026-11-25');
    expect(d.counts).toEqual({ overdue: 0, dueToday: 0, callsToReturn: 0, openTickets: 0, callDrafts: 0 });
    expect(d.activities).toEqual([]);
    expect(d.tickets).toEqual([]);
    expect(d.recentClients).toEqual([]);
    expect(d.lastCall).toBeNull();
  });

  it('lists my overdue and today activities, calls to return first, and nothing of tomorrow or of others', async () => {
    await create(ana, clientA, 'task', 'Enviar proposta', -30);
    const call = await create(ana, clientB, 'call', 'Retornar ligação do financeiro', -2);
    await create(ana, clientC, 'appointment', 'Visita técnica', 5);
    await create(ana, clientA, 'call', 'Ligar amanhã cedo', 20);
    await create(other, clientA, 'call', 'Chamada do Bruno', -1);
    const d = await day();
    expect(d.activities.map((a) => a.title)).toEqual([
      'Retornar ligação do financeiro',
      'Enviar proposta',
      'Visita técnica',
    ]);
    expect(d.activities.map((a) => a.overdue)).toEqual([true, true, false]);
    expect(d.activities[0]?.client.id).toBe(clientB);
    expect(d.counts).toMatchObject({ overdue: 2, dueToday: 1, callsToReturn: 1 });

    events.length = 0;
    value(await t.call(ana, 'clientActivities.complete', { id: call.id }));
    expect(events).toContain('home.dayChanged');
    const after = await day();
    expect(after.activities.map((a) => a.title)).toEqual(['Enviar proposta', 'Visita técnica']);
    expect(after.counts).toMatchObject({ overdue: 1, dueToday: 1, callsToReturn: 0 });
    // The call I just completed is my last call.
    expect(after.lastCall?.client.id).toBe(clientB);
  });

  it('lists the tickets I opened that are still open, oldest first, and my recent clients', async () => {
    const first = value(
      await t.call(ana, 'clientTickets.create', { clientId: clientC, description: 'Boleto não chegou' }),
    );
    value(await t.call(other, 'clientTickets.create', { clientId: clientC, description: 'Do Bruno' }));
    const second = value(
      await t.call(ana, 'clientTickets.create', { clientId: clientA, description: 'Troca de endereço' }),
    );
    value(await t.call(ana, 'clientTickets.close', { id: second.id }));
    value(await t.call(ana, 'clients.markOpened', { id: clientC }));
    value(await t.call(ana, 'clients.markOpened', { id: clientA }));
    const d = await day();
    expect(d.tickets.map((x) => x.reference)).toEqual([first.reference]);
    expect(d.counts.openTickets).toBe(1);
    expect(d.recentClients.map((c) => c.id)).toEqual(expect.arrayContaining([clientA, clientC]));
    expect((await day(other)).tickets.map((x) => x.description)).toEqual(['Do Bruno']);
  });

  it('reads every list through the user index, never scanning the tables', () => {
    const p = { userId: anaId, endIso: at(12), nowIso: at(0), limit: 50 };
    for (const calls of [true, false]) {
      const plan = queryPlan(t, myOpenActivitiesSql(calls), p);
      expect(plan).toMatch(calls ? /client_activities_owner_kind_due/ : /client_activities_owner_open_due/);
      // Read in due order straight from the index: no sort of everything in the range.
      expect(plan).not.toMatch(/TEMP B-TREE/);
    }
    expect(
      queryPlan(t, MY_ACTIVITY_COUNTS_SQL, { userId: anaId, endIso: p.endIso, nowIso: p.nowIso }),
    ).not.toMatch(/SCAN client_activities|TEMP/);
    expect(queryPlan(t, MY_OPEN_TICKETS_SQL, { userId: anaId, limit: 50 })).toMatch(
      /client_tickets_opener_open/,
    );
    expect(queryPlan(t, CLIENTS_BY_PHONE_SQL, { digits: '1133334444', limit: 20 })).not.toMatch(
      /SCAN client_search_keys/,
    );
  });
});

describe('screen pop', () => {
  const setPhones = (clientId: number, phones: string[]) =>
    t.core.db.prepare('UPDATE clients SET phones = ? WHERE id = ?').run(JSON.stringify(phones), clientId);

  beforeAll(() => {
    setPhones(clientA, ['1140028922']);
    setPhones(clientB, ['4733221100']);
    setPhones(clientC, ['4733221100']);
  });

  const pop = (link: string, key = ana) => t.call(key, 'home.screenPop.open', { link });

  it('one client with the number: opens it and records a draft "Chamada recebida de …, hh:mm"', async () => {
    const r = value(await pop('central://chamada?numero=%2B55%20(11)%204002-8922'));
    expect(r).toMatchObject({ kind: 'client', clientId: clientA, tab: 'details' });
    const d = await day();
    expect(d.counts.callDrafts).toBe(1);
    expect(d.callDrafts[0]).toMatchObject({ phone: '1140028922', client: { id: clientA } });
    expect(d.callDrafts[0]?.title).toBe('Chamada recebida de (11) 4002-8922, 12:00');
  });

  it('several clients: F9 with the number; none: F9 with it and "Nenhum cliente com este telefone"', async () => {
    expect(value(await pop('central://chamada?numero=47 3322-1100'))).toMatchObject({
      kind: 'search',
      query: '4733221100',
      matches: 2,
      notice: null,
    });
    expect(value(await pop('central://chamada?numero=11999990000'))).toMatchObject({
      kind: 'search',
      query: '11999990000',
      matches: 0,
      notice: 'Nenhum cliente com este telefone',
    });
  });

  it('a client link opens by CNPJ/CPF or ERP code; a malformed or unknown one is refused with the reason', async () => {
    const showcase = showcaseClientId(t);
    const doc = t.core.db.prepare('SELECT document, erp_code FROM clients WHERE id = ?').get(showcase) as {
      document: string;
      erp_code: string;
    };
    expect(value(await pop(`central://cliente/${doc.document}`))).toMatchObject({
      kind: 'client',
      clientId: showcase,
    });
    expect(value(await pop(`central://cliente/${doc.erp_code}`))).toMatchObject({
      kind: 'client',
      clientId: showcase,
    });
    const before = (await day()).counts.callDrafts;
    const bad = await pop('central://chamada?numero=abc');
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.error.message).toMatch(/^Link da telefonia inválido: o telefone .* Nada foi aberto\.$/);
    const unknown = await pop('central://cliente/ZZ-404');
    expect(!unknown.ok && unknown.error.message).toMatch(
      /Nenhum cliente com o CNPJ, CPF ou código ERP ZZ-404/,
    );
    expect((await day()).counts.callDrafts).toBe(before);
  });

  it('a draft is confirmed as a completed call of its client, or discarded; only by its own agent', async () => {
    const drafts = (await day()).callDrafts;
    const noClient = drafts.find((d) => d.client === null);
    expect(noClient).toBeDefined();
    const needs = await t.call(ana, 'home.callDrafts.confirm', { id: noClient!.id });
    expect(!needs.ok && needs.error.message).toMatch(/Abra o cliente/);
    const stranger = await t.call(other, 'home.callDrafts.discard', { id: noClient!.id });
    expect(!stranger.ok && stranger.error.code).toBe('NOT_FOUND');
    value(await t.call(ana, 'home.callDrafts.attach', { id: noClient!.id, clientId: clientC }));
    const confirmed = value(await t.call(ana, 'home.callDrafts.confirm', { id: noClient!.id }));
    const listed = value(
      await t.call(ana, 'clientActivities.list', { clientId: clientC, filter: 'closed', limit: 10 }),
    );
    expect(listed.rows[0]).toMatchObject({ kind: 'call', title: confirmed.title, state: 'done' });
    const again = await t.call(ana, 'home.callDrafts.discard', { id: noClient!.id });
    expect(!again.ok && again.error.code).toBe('CONFLICT');
    for (const d of (await day()).callDrafts)
      value(await t.call(ana, 'home.callDrafts.discard', { id: d.id }));
    expect((await day()).counts.callDrafts).toBe(0);
  });

  it('links the Electron shell received wait for the next logged-in window, once', async () => {
    events.length = 0;
    deliverScreenPop(t.core, 'central://cliente/123');
    expect(events).toContain('home.screenPopRequested');
    const anonymous = await t.call('nobody', 'home.screenPop.pending', {});
    expect(anonymous.ok).toBe(false);
    expect(value(await t.call(ana, 'home.screenPop.pending', {}))).toEqual(['central://cliente/123']);
    expect(value(await t.call(ana, 'home.screenPop.pending', {}))).toEqual([]);
  });
});
