/**
 * The write-back of ERP-owned client fields in floor mode (issue 18 item 1, "the ERP write-back
 * outbox"): two seats on one real PostgreSQL and one ERP simulator. An edit saved on seat A is the
 * floor's: B's open client shows the agent's value with its "aguardando o ERP" mark within 2 s;
 * the outbox lease holder sends it even when A is off; the ERP's answer (confirmed, 422, 409) and
 * the agent's choices end the same on every seat.
 */
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { erpCodeFor } from '../../db/seed/identifiers';
import { createErpGateway } from '../../electron/main/gateways/erp/erp-client';
import { resetCache } from '../../electron/main/floor/replication/apply-changes';
import { REPLICATED_TABLES } from '../../electron/main/floor/replication/replicated-tables';
import { flushToErp } from '../../electron/main/services/credit/erp-sync';
import { runErpSync } from '../../electron/main/services/erp/erp-sync.service';
import type { ClientEditableFields } from '../../shared/ipc/dto/client-details';
import type { Client } from '../../shared/ipc/dto/clients';
import { startEmbeddedPostgres, type TestPostgres } from '../../tools/floor/embedded-postgres';
import { startErpSimulator, type ErpSimulatorHandle } from '../../tools/simulators/erp/server';
import { ok } from './credit-release-fixture';
import { closeErpFloorSeat, erpFloorSeat, type ErpFloorSeat } from './support/floor-erp-seat';
import { floorJoin } from './support/floor-jobs';
import { detailsFields } from './support/details-fields';
import { until } from './support/until';

let server: TestPostgres;
let erp: ErpSimulatorHandle;
const open: Seat[] = [];

beforeAll(async () => {
  server = await startEmbeddedPostgres();
  erp = await startErpSimulator({ clients: 40, titles: 60 });
}, 60_000);
afterAll(async () => {
  for (const s of open) await closeErpFloorSeat(s);
  await erp?.stop();
  await server?.stop();
});

type Seat = ErpFloorSeat;

async function seat(floor: ReturnType<typeof floorJoin>): Promise<Seat> {
  // The seat's copy of the ERP's register (how it gets there in floor mode is floor-erp-central's).
  const gateway = createErpGateway({
    baseUrl: erp.url,
    token: erp.token,
    retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
  });
  const s = await erpFloorSeat(floor, erp, async (t) => {
    await runErpSync(t.core, gateway, { runId: null, tables: ['empresa', 'contato'] });
  });
  open.push(s);
  return s;
}

async function twoSeats(): Promise<{ a: Seat; b: Seat; pool: pg.Pool }> {
  const floor = floorJoin(await server.createDatabase());
  const a = await seat(floor);
  const b = await seat(floor);
  // B's connections: A is switched off in a test.
  return { a, b, pool: b.t.core.floor.pool as pg.Pool };
}

let nextClient = 2;
/** A client both seats hold (same id from the same demo data), a new one per test. */
function aClient(s: Seat): { id: number; erpCode: string } {
  const erpCode = erpCodeFor(nextClient++);
  const id = s.t.core.db.prepare('SELECT id FROM clients WHERE erp_code = ?').pluck().get(erpCode) as number;
  return { id, erpCode };
}

const get = async (s: Seat, id: number): Promise<Client> =>
  ok(await s.t.call(s.admin, 'clients.get', { id }));
const editsOn = async (s: Seat, id: number) =>
  ok(await s.t.call(s.admin, 'clientErpEdits.list', { clientId: id }));

async function save(s: Seat, id: number, change: Partial<ClientEditableFields>): Promise<void> {
  const fields = detailsFields(await get(s, id), change);
  ok(await s.t.call(s.admin, 'clientDetails.update', { clientId: id, fields }));
  // The save started a flush of its own; let it end so the test decides who sends next.
  await s.t.core.state.erpFlush;
}

/** The first event (after `since`) telling `s` that the client's ERP edits changed. */
const toldOfEdit = (s: Seat, id: number, since: number) =>
  until(`client.changed (erpEdits) do cliente ${id}`, () =>
    s.events.find(
      (e) =>
        e.at >= since &&
        e.event === 'client.changed' &&
        (e.payload as { clientId: number }).clientId === id &&
        (e.payload as { parts: string[] }).parts.includes('erpEdits'),
    ),
  );

const registerPuts = (erpCode: string, from: number) =>
  erp
    .requests()
    .slice(from)
    .filter((r) => r.method === 'PUT' && r.path === `/v1/clientes/${erpCode}`);

describe('floor mode: edits of ERP-owned fields are the floor’s', () => {
  it("A's edit shows on B's open client within 2 s, pending; B sends it with A switched off; both end confirmed", async () => {
    const { a, b, pool } = await twoSeats();
    const { id, erpCode } = aClient(a);
    const original = (await get(b, id)).site;
    erp.setFault('clientes', { kind: 'status', status: 503 });
    const since = performance.now();
    await save(a, id, { site: 'https://novo-site-da-ana.example.com.br' });

    const told = await toldOfEdit(b, id, since);
    expect(told.at - since).toBeLessThan(2_000);
    expect((await get(b, id)).site).toBe('https://novo-site-da-ana.example.com.br');
    const [pending] = await editsOn(b, id);
    expect(pending).toMatchObject({
      target: 'client',
      state: 'pending',
      mine: { site: 'https://novo-site-da-ana.example.com.br' },
      erp: { site: original },
    });
    // A's try reached the ERP and failed: B sees that too.
    expect(pending?.lastError).toMatch(/503/);
    const history = ok(await b.t.call(b.admin, 'clientHistory.list', { clientId: id, limit: 20 }));
    expect(JSON.stringify(history.rows)).toContain('novo-site-da-ana');

    // A is switched off; the ERP answers again; B holds the outbox lease and sends A's edit.
    await closeErpFloorSeat(a);
    erp.clearFaults();
    const from = erp.requests().length;
    await flushToErp(b.t.core);
    expect(registerPuts(erpCode, from).filter((r) => r.status === 200)).toHaveLength(1);
    expect(erp.clientFields(erpCode)).toMatchObject({ site: 'https://novo-site-da-ana.example.com.br' });
    expect(await editsOn(b, id)).toEqual([]);
    expect((await get(b, id)).site).toBe('https://novo-site-da-ana.example.com.br');
    const central = await pool.query<{ closed: string; base_version: string }>(
      'SELECT closed, base_version FROM client_erp_edits WHERE client_id = $1',
      [id],
    );
    expect(central.rows).toHaveLength(1);
    expect(central.rows[0]?.closed).toBe('confirmed');
    // B's next edit is made over the version the ERP wrote (no 409 from its own change).
    const version = b.t.core.db.prepare('SELECT erp_version FROM clients WHERE id = ?').pluck().get(id);
    expect(version).toBe(central.rows[0]?.base_version);
    await save(b, id, { site: 'https://segundo-site.example.com.br' });
    await until('segunda edição confirmada', async () => (await editsOn(b, id)).length === 0);
    expect(erp.clientFields(erpCode)).toMatchObject({ site: 'https://segundo-site.example.com.br' });
  }, 60_000);

  it("the ERP's refusal puts its value back on both seats; closing the notice on B closes it on A", async () => {
    const { a, b } = await twoSeats();
    const { id } = aClient(a);
    const original = (await get(a, id)).site;
    // The console accepts http://, this ERP refuses it (422).
    erp.setFault('clientes', { kind: 'status', status: 503 });
    await save(a, id, { site: 'http://sem-https.example.com.br' });
    await until('B com a edição pendente', async () => (await editsOn(b, id)).length === 1);
    erp.clearFaults();
    const since = performance.now();
    await flushToErp(b.t.core);

    await toldOfEdit(a, id, since);
    for (const s of [a, b]) {
      expect((await get(s, id)).site).toBe(original);
      const [refused] = await editsOn(s, id);
      expect(refused).toMatchObject({ state: 'rejected', mine: { site: 'http://sem-https.example.com.br' } });
      expect(refused?.message).toMatch(/https/);
    }
    const onA = ok(await a.t.call(a.admin, 'clientHistory.list', { clientId: id, limit: 20 }));
    expect(onA.rows[0]?.action).toBe('Recusado pelo ERP');

    ok(await b.t.call(b.admin, 'clientErpEdits.dismiss', { clientId: id, target: 'client' }));
    await until('aviso fechado também em A', async () => (await editsOn(a, id)).length === 0);
    expect((await get(a, id)).site).toBe(original);
  }, 60_000);

  it('an edit made back to the ERP value is withdrawn on every seat; B adds a field to A’s edit and the ERP gets both once', async () => {
    const { a, b } = await twoSeats();
    const { id, erpCode } = aClient(a);
    const before = await get(a, id);
    erp.setFault('clientes', { kind: 'status', status: 503 });
    await save(a, id, { site: 'https://por-engano.example.com.br' });
    await until(
      'B mostra o site de A',
      async () => (await get(b, id)).site === 'https://por-engano.example.com.br',
    );
    // A types the ERP's value back: nothing waits for the ERP any more, anywhere.
    await save(a, id, { site: before.site });
    await until('B volta ao valor do ERP', async () => (await get(b, id)).site === before.site);
    expect(await editsOn(b, id)).toEqual([]);

    // A edits the site, then B (seeing A's edit) the trade name: one edit holds both.
    await save(a, id, { site: 'https://site-combinado.example.com.br' });
    await until('B vê o site de A', async () => (await editsOn(b, id)).length === 1);
    await save(b, id, { tradeName: 'Nome Fantasia de B' });
    await until('A vê o nome de B', async () => (await get(a, id)).tradeName === 'Nome Fantasia de B');
    const [both] = await editsOn(a, id);
    expect(both?.mine).toEqual({
      site: 'https://site-combinado.example.com.br',
      tradeName: 'Nome Fantasia de B',
    });
    erp.clearFaults();
    const from = erp.requests().length;
    await Promise.all([flushToErp(a.t.core), flushToErp(b.t.core)]);
    await until(
      'confirmada',
      async () => (await editsOn(a, id)).length === 0 && (await editsOn(b, id)).length === 0,
    );
    expect(registerPuts(erpCode, from).filter((r) => r.status === 200)).toHaveLength(1);
    expect(erp.clientFields(erpCode)).toMatchObject({
      site: 'https://site-combinado.example.com.br',
      nomeFantasia: 'Nome Fantasia de B',
    });
  }, 60_000);

  it('the ERP changed the field meanwhile (409): both seats show the conflict; taking the ERP value on A shows it on B', async () => {
    const { a, b } = await twoSeats();
    const { id, erpCode } = aClient(a);
    erp.changeClient(erpCode, { site: 'https://do-back-office.example.com.br' });
    erp.setFault('clientes', { kind: 'status', status: 503 });
    await save(a, id, { site: 'https://da-ana.example.com.br' });
    erp.clearFaults();
    await flushToErp(b.t.core);
    for (const s of [a, b])
      await until(
        'divergência nas duas estações',
        async () => (await editsOn(s, id))[0]?.state === 'conflict',
      );
    expect((await editsOn(b, id))[0]).toMatchObject({
      mine: { site: 'https://da-ana.example.com.br' },
      erp: { site: 'https://do-back-office.example.com.br' },
    });
    expect((await get(b, id)).site).toBe('https://da-ana.example.com.br');

    ok(await a.t.call(a.admin, 'clientErpEdits.resolve', { clientId: id, target: 'client', choice: 'erp' }));
    await until(
      'B mostra o valor do ERP',
      async () => (await get(b, id)).site === 'https://do-back-office.example.com.br',
    );
    expect(await editsOn(b, id)).toEqual([]);
  }, 60_000);

  it('an address saved on A shows on B, pending, until the ERP takes it', async () => {
    const { a, b } = await twoSeats();
    const { id } = aClient(a);
    erp.setFault('clientes', { kind: 'status', status: 503 });
    const address = {
      street: 'Rua das Palmeiras',
      number: '250',
      complement: 'Galpão 3',
      district: 'Centro',
      city: 'Chapecó',
      uf: 'SC',
      cep: '89801-000',
      fax: null,
    };
    ok(await a.t.call(a.admin, 'clientAddresses.save', { clientId: id, kind: 'delivery', ...address }));
    await until('endereço em B', async () =>
      ok(await b.t.call(b.admin, 'clientAddresses.list', { clientId: id })).some(
        (x) => x.kind === 'delivery' && x.street === 'Rua das Palmeiras',
      ),
    );
    expect((await editsOn(b, id)).map((e) => [e.target, e.state])).toEqual([['address:delivery', 'pending']]);
    erp.clearFaults();
    await flushToErp(b.t.core);
    await until('endereço confirmado em A', async () => (await editsOn(a, id)).length === 0);
    const onA = ok(await a.t.call(a.admin, 'clientAddresses.list', { clientId: id }));
    expect(onA.find((x) => x.kind === 'delivery')?.street).toBe('Rua das Palmeiras');
  }, 60_000);

  it('a seat that starts over on another floor shows the ERP values again for the edits it drops', async () => {
    const { a } = await twoSeats();
    const { id } = aClient(a);
    const original = (await get(a, id)).site;
    erp.setFault('clientes', { kind: 'status', status: 503 });
    await save(a, id, { site: 'https://de-outro-banco.example.com.br' });
    erp.clearFaults();
    expect((await get(a, id)).site).toBe('https://de-outro-banco.example.com.br');
    // Its feed stopped first, so nothing brings the rows back meanwhile.
    await a.t.core.replicator.close();
    resetCache(a.t.core.db, REPLICATED_TABLES, 'outro-banco-central');
    expect(await editsOn(a, id)).toEqual([]);
    expect((await get(a, id)).site).toBe(original);
  }, 60_000);
});
