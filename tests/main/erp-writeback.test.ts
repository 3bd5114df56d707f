import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { erpCodeFor } from '../../db/seed/identifiers';
import { createErpGateway } from '../../electron/main/gateways/erp/erp-client';
import { runErpSync } from '../../electron/main/services/erp/erp-sync.service';
import { flushToErp } from '../../electron/main/services/credit/erp-sync';
import type { Client } from '../../shared/ipc/dto/clients';
import { startErpSimulator, type ErpSimulatorHandle } from '../../tools/simulators/erp/server';
import { detailsFields } from './support/details-fields';
import { createTestCore, type TestCore } from './support/test-core';

/**
 * Issue 13 items 2-4 against the real ERP simulator: an edit of an ERP-owned field is written
 * back with its Idempotency-Key and version, stays "pendente" through syncs, and every ERP
 * answer (confirm, 422, 409, a newer version by sync) ends where the agent can see it.
 */
let sim: ErpSimulatorHandle;
const cores: TestCore[] = [];
beforeAll(async () => {
  sim = await startErpSimulator({ clients: 120, titles: 200 });
});
afterAll(async () => {
  for (const t of cores) t.close();
  await sim.stop();
});
afterEach(() => sim.clearFaults());

const erp = () =>
  createErpGateway({
    baseUrl: sim.url,
    token: sim.token,
    retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
  });
const sync = (t: TestCore) => runErpSync(t.core, erp(), { runId: null, tables: ['empresa', 'contato'] });

async function consoleWithErp(clients = 60): Promise<{ t: TestCore; admin: string }> {
  const t = await createTestCore({
    clients,
    options: {
      tuning: { erpClient: { retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 }, timeoutMs: 5_000 } },
    },
  });
  cores.push(t);
  const admin = await t.loginAs('admin');
  const saved = await t.call(admin, 'erp.settings.save', {
    baseUrl: sim.url,
    token: sim.token,
    syncTime: '00:00',
  });
  if (!saved.ok) throw new Error(saved.error.message);
  await sync(t);
  return { t, admin };
}

/** A client of the console by index in the demo data (same ERP code in the simulator). */
function clientAt(t: TestCore, index: number): { id: number; erpCode: string } {
  const erpCode = erpCodeFor(index);
  const row = t.core.db.prepare('SELECT id FROM clients WHERE erp_code = ?').get(erpCode) as { id: number };
  return { id: row.id, erpCode };
}

async function editSite(t: TestCore, session: string, id: number, site: string): Promise<Client> {
  const got = await t.call(session, 'clients.get', { id });
  if (!got.ok) throw new Error(got.error.message);
  const r = await t.call(session, 'clientDetails.update', {
    clientId: id,
    fields: detailsFields(got.value, { site }),
  });
  if (!r.ok) throw new Error(r.error.message);
  // The save started a flush of its own; let it finish so the test decides the next one.
  await t.core.state.erpFlush;
  return r.value;
}

const siteOf = (t: TestCore, id: number) =>
  (t.core.db.prepare('SELECT site FROM clients WHERE id = ?').get(id) as { site: string | null }).site;

async function edits(t: TestCore, session: string, id: number) {
  const r = await t.call(session, 'clientErpEdits.list', { clientId: id });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

async function history(t: TestCore, session: string, id: number) {
  const r = await t.call(session, 'clientHistory.list', { clientId: id, limit: 50 });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.rows;
}

describe('write-back of ERP-owned fields', () => {
  it('a pending edit survives a sync while the ERP is down, is sent when it answers again, then the mark is gone', async () => {
    const { t, admin } = await consoleWithErp();
    const { id, erpCode } = clientAt(t, 3);
    sim.setFault('clientes', { kind: 'status', status: 503 });
    await editSite(t, admin, id, 'https://pendente.example.com.br');
    const waiting = await edits(t, admin, id);
    expect(waiting).toHaveLength(1);
    expect(waiting[0]).toMatchObject({
      target: 'client',
      state: 'pending',
      mine: { site: 'https://pendente.example.com.br' },
    });
    expect(waiting[0]?.sentAt).not.toBeNull();
    expect(waiting[0]?.lastError).toMatch(/503/);

    await sync(t);
    expect(siteOf(t, id)).toBe('https://pendente.example.com.br');
    expect((await edits(t, admin, id))[0]?.state).toBe('pending');

    sim.clearFaults();
    await flushToErp(t.core);
    expect(await edits(t, admin, id)).toEqual([]);
    expect(sim.clientFields(erpCode)).toMatchObject({ site: 'https://pendente.example.com.br' });
    const sent = sim.requests().filter((r) => r.method === 'PUT' && r.path === `/v1/clientes/${erpCode}`);
    expect(new Set(sent.map((r) => r.idempotencyKey)).size).toBe(1);
    await sync(t);
    expect(siteOf(t, id)).toBe('https://pendente.example.com.br');
  });

  it('a write whose answer was lost is replayed with the same key and has one effect at the ERP', async () => {
    const { t, admin } = await consoleWithErp();
    const { id, erpCode } = clientAt(t, 4);
    sim.setFault('clientes', { kind: 'dropAfterProcessing', times: 1 });
    await editSite(t, admin, id, 'https://uma-vez.example.com.br');
    expect((await edits(t, admin, id))[0]?.state).toBe('pending');
    await flushToErp(t.core);
    expect(await edits(t, admin, id)).toEqual([]);
    expect(sim.clientWrites(erpCode)).toBe(1);
    const sent = sim.requests().filter((r) => r.method === 'PUT' && r.path === `/v1/clientes/${erpCode}`);
    expect(sent).toHaveLength(2);
    expect(sent[0]?.idempotencyKey).toBe(sent[1]?.idempotencyKey);
  });

  it('a rejection (422) puts the ERP value back, shows its message and lands in Histórico', async () => {
    const { t, admin } = await consoleWithErp();
    const { id } = clientAt(t, 5);
    const before = siteOf(t, id);
    await editSite(t, admin, id, 'http://sem-https.example.com.br');
    expect(siteOf(t, id)).toBe(before);
    const [edit] = await edits(t, admin, id);
    expect(edit).toMatchObject({ state: 'rejected', mine: { site: 'http://sem-https.example.com.br' } });
    expect(edit?.message).toMatch(/O ERP recusou os dados: O site deve começar com https:\/\//);
    const [entry] = await history(t, admin, id);
    expect(entry).toMatchObject({ action: 'Recusado pelo ERP', userName: 'ERP' });
    expect(entry?.changes.site).toEqual({ before: 'http://sem-https.example.com.br', after: before });
    const dismissed = await t.call(admin, 'clientErpEdits.dismiss', { clientId: id, target: 'client' });
    expect(dismissed.ok && dismissed.value).toEqual([]);
  });

  it('the ERP changed the same field (newer version by sync): both values shown, keeping mine re-sends over the new version', async () => {
    const { t, admin } = await consoleWithErp();
    const { id, erpCode } = clientAt(t, 6);
    sim.setFault('clientes', { kind: 'status', status: 503 });
    await editSite(t, admin, id, 'https://minha.example.com.br');
    // Written straight in the ERP (back-office), after the agent's edit and before it got there.
    const version = sim.changeClient(erpCode, { site: 'https://do-erp.example.com.br' });
    // The open screen is told (event after the run) so it shows both values without a reopen.
    expect((await sync(t)).changedClientIds).toContain(id);
    expect(siteOf(t, id)).toBe('https://minha.example.com.br');
    const [conflict] = await edits(t, admin, id);
    expect(conflict).toMatchObject({
      state: 'conflict',
      mine: { site: 'https://minha.example.com.br' },
      erp: { site: 'https://do-erp.example.com.br' },
    });
    const kept = await t.call(admin, 'clientErpEdits.resolve', {
      clientId: id,
      target: 'client',
      choice: 'mine',
    });
    expect(kept.ok && kept.value[0]?.state).toBe('pending');
    sim.clearFaults();
    await flushToErp(t.core);
    expect(await edits(t, admin, id)).toEqual([]);
    expect(sim.clientFields(erpCode)).toMatchObject({ site: 'https://minha.example.com.br' });
    const last = sim
      .requests()
      .filter((r) => r.method === 'PUT' && r.status === 200)
      .pop();
    expect(last?.path).toBe(`/v1/clientes/${erpCode}`);
    expect(version).toBeTruthy();
    const [entry] = await history(t, admin, id);
    expect(entry?.action).toBe('Divergência com o ERP: mantido o valor da Central');
  });

  it('the ERP answers 409 (changed since the version sent): taking the ERP value drops mine with a Histórico entry', async () => {
    const { t, admin } = await consoleWithErp();
    const { id, erpCode } = clientAt(t, 7);
    sim.changeClient(erpCode, { site: 'https://outro-erp.example.com.br' });
    await editSite(t, admin, id, 'https://minha-409.example.com.br');
    const [conflict] = await edits(t, admin, id);
    expect(conflict).toMatchObject({ state: 'conflict', erp: { site: 'https://outro-erp.example.com.br' } });
    expect(conflict?.message).toMatch(/alterado no ERP/);
    const took = await t.call(admin, 'clientErpEdits.resolve', {
      clientId: id,
      target: 'client',
      choice: 'erp',
    });
    expect(took.ok && took.value).toEqual([]);
    expect(siteOf(t, id)).toBe('https://outro-erp.example.com.br');
    const [entry] = await history(t, admin, id);
    expect(entry?.action).toBe('Divergência com o ERP: aceito o valor do ERP');
    expect(entry?.changes.site).toEqual({
      before: 'https://minha-409.example.com.br',
      after: 'https://outro-erp.example.com.br',
    });
  });

  it('an address edit is written back and confirmed', async () => {
    const { t, admin } = await consoleWithErp();
    const { id } = clientAt(t, 8);
    const r = await t.call(admin, 'clientAddresses.save', {
      clientId: id,
      kind: 'billing',
      street: 'Rua Nova',
      number: '10',
      complement: '',
      district: 'Centro',
      city: 'Chapecó',
      uf: 'SC',
      cep: '89801-000',
      fax: null,
    });
    expect(r.ok).toBe(true);
    await t.core.state.erpFlush;
    expect(await edits(t, admin, id)).toEqual([]);
    const put = sim.requests().filter((q) => q.method === 'PUT' && q.path.endsWith('/enderecos/cobranca'));
    expect(put.at(-1)?.status).toBe(200);
  });
});

describe('Histórico of what a sync changes', () => {
  it('records "Atualizado pelo ERP" field by field, one entry per client per run; an initial load records none', async () => {
    const fresh = await createTestCore({ clients: 0 });
    cores.push(fresh);
    await runErpSync(fresh.core, erp(), { runId: null, tables: ['empresa', 'contato'] });
    const synced = fresh.core.db.prepare('SELECT count(*) AS n FROM clients').get() as { n: number };
    expect(synced.n).toBe(120);
    const none = fresh.core.db
      .prepare(`SELECT count(*) AS n FROM audit_log WHERE action = 'Atualizado pelo ERP'`)
      .get() as { n: number };
    expect(none.n).toBe(0);

    const { t, admin } = await consoleWithErp();
    const { id, erpCode } = clientAt(t, 9);
    const before = siteOf(t, id);
    sim.changeClient(erpCode, { site: 'https://mudou-no-erp.example.com.br', formaPagamento: 'Pix' });
    const summary = await sync(t);
    expect(summary.changedClientIds).toContain(id);
    expect(siteOf(t, id)).toBe('https://mudou-no-erp.example.com.br');
    const entries = (await history(t, admin, id)).filter((e) => e.action === 'Atualizado pelo ERP');
    expect(entries).toHaveLength(1);
    expect(entries[0]?.userName).toBe('ERP');
    expect(entries[0]?.changes.site).toEqual({ before, after: 'https://mudou-no-erp.example.com.br' });
    expect(entries[0]?.changes.paymentMethod?.after).toBe('Pix');
    await sync(t);
    expect((await history(t, admin, id)).filter((e) => e.action === 'Atualizado pelo ERP')).toHaveLength(1);
  });
});
