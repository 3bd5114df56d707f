/**
 * Live team (issue 18, items 1 and 4): two seats — two cores on two data folders — joined to
 * one real PostgreSQL. What agent A saves on a client reaches seat B's cache, and B's open
 * client screen is told to refresh, within 2 s; deletes follow; a seat that was off catches up
 * from its cursor.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { databaseFile } from '../../electron/main/db/paths';
import type { FloorConnectionSettings } from '../../electron/main/floor/floor-db';
import { detailsFields } from './support/details-fields';
import { clientPart, openSeat, seatsOnOneServer, type Seat } from './support/floor-replication';

const floor = seatsOnOneServer();
const seats = floor.seats;
const CLIENT = 7;

async function twoSeats(): Promise<{ a: Seat; b: Seat; settings: FloorConnectionSettings }> {
  const settings = await floor.server.createDatabase();
  const a = await openSeat(settings);
  const b = await openSeat(settings);
  seats.push(a, b);
  await Promise.all([a.core.replicator.pullNow(), b.core.replicator.pullNow()]);
  return { a, b, settings };
}

const localCount = (seat: Seat, sql: string, ...args: unknown[]) =>
  (seat.core.db.prepare(sql).get(...args) as { n: number }).n;

describe('live team on one central database', () => {
  it("an activity agent A adds shows on B's open client within 2 s, with its Histórico entry", async () => {
    const { a, b } = await twoSeats();
    const ana = await a.login('ana');
    const bob = await b.login('admin');
    const since = performance.now();
    const created = await a.value(ana, 'clientActivities.create', {
      clientId: CLIENT,
      kind: 'call',
      title: 'Retornar sobre o boleto vencido',
      dueAt: '2026-12-03T13:00:00.000Z',
    });
    const seen = await b.waitFor(clientPart(CLIENT, 'activities'), 2_000, since);
    expect(seen.at - since).toBeLessThan(2_000);
    const onB = await b.value(bob, 'clientActivities.list', { clientId: CLIENT, filter: 'all', limit: 50 });
    expect(onB.rows.map((r) => r.title)).toContain('Retornar sobre o boleto vencido');
    expect(onB.rows.find((r) => r.id === created.id)?.ownerName).toBe(created.ownerName);
    const history = await b.value(bob, 'clientHistory.list', { clientId: CLIENT, limit: 20 });
    expect(JSON.stringify(history)).toContain('Retornar sobre o boleto vencido');
    // A's own cache holds exactly the central row (it came back through the feed, same id).
    expect(localCount(a, 'SELECT count(*) AS n FROM client_activities WHERE id = ?', created.id)).toBe(1);
  });

  it("Detalhes: the console's own fields saved on A show on B's open client within 2 s, the ERP's as the floor's pending write-back", async () => {
    const { a, b } = await twoSeats();
    const ana = await a.login('ana');
    const bob = await b.login('admin');
    const before = await a.value(ana, 'clients.get', { id: CLIENT });
    const since = performance.now();
    await a.value(ana, 'clientDetails.update', {
      clientId: CLIENT,
      fields: detailsFields(before, {
        site: 'https://www.novo-site-da-conta.com.br',
        currency: 'USD',
        language: 'es-ES',
        accountingAccount: '1.1.2.01.001',
        preferredAppointmentDay: 'Quarta-feira',
        sharedAcrossCompanies: true,
      }),
    });
    const seen = await b.waitFor(clientPart(CLIENT, 'register'), 2_000, since);
    expect(seen.at - since).toBeLessThan(2_000);
    const onB = await b.value(bob, 'clients.get', { id: CLIENT });
    expect(onB).toMatchObject({
      currency: 'USD',
      language: 'es-ES',
      accountingAccount: '1.1.2.01.001',
      preferredAppointmentDay: 'Quarta-feira',
      sharedAcrossCompanies: true,
    });
    // The site is the ERP's: A's edit is the floor's write-back, shown on B while it waits for the ERP.
    expect(onB.site).toBe('https://www.novo-site-da-conta.com.br');
    const [pending] = await b.value(bob, 'clientErpEdits.list', { clientId: CLIENT });
    expect(pending).toMatchObject({
      state: 'pending',
      mine: { site: 'https://www.novo-site-da-conta.com.br' },
    });
    const onA = await a.value(ana, 'clients.get', { id: CLIENT });
    expect(onA).toMatchObject({ site: 'https://www.novo-site-da-conta.com.br', language: 'es-ES' });
    const history = await b.value(bob, 'clientHistory.list', { clientId: CLIENT, limit: 20 });
    expect(JSON.stringify(history)).toContain('1.1.2.01.001');
  });

  it('a contact added on A and then deleted on A is gone from B too', async () => {
    const { a, b } = await twoSeats();
    const ana = await a.login('ana');
    const bob = await b.login('admin');
    const fields = {
      name: 'Márcia da Conceição',
      initials: '',
      company: 'Maximino Santin Comércio de Alimentos Ltda',
      role: 'Compradora',
      email: 'marcia@maximinosantin.com.br',
      phone: '(49) 99123-4567',
      tags: ['Compras'],
    };
    let since = performance.now();
    const saved = await a.value(ana, 'clientContacts.save', { clientId: CLIENT, fields });
    await b.waitFor(clientPart(CLIENT, 'contacts'), 2_000, since);
    expect((await b.value(bob, 'clientContacts.list', { clientId: CLIENT })).map((c) => c.name)).toContain(
      'Márcia da Conceição',
    );
    // B's F9 finds the new contact too (its search keys follow the cached row).
    since = performance.now();
    await a.value(ana, 'clientContacts.remove', { id: saved.id });
    await b.waitFor(clientPart(CLIENT, 'contacts'), 2_000, since);
    expect((await b.value(bob, 'clientContacts.list', { clientId: CLIENT })).map((c) => c.id)).not.toContain(
      saved.id,
    );
  });

  it('notes, tickets and files saved on A reach B (the file with its bytes)', async () => {
    const { a, b } = await twoSeats();
    const ana = await a.login('ana');
    const bob = await b.login('admin');
    const since = performance.now();
    await a.value(ana, 'clientDetails.saveNotes', { clientId: CLIENT, notes: 'Prefere contato à tarde.' });
    const ticket = await a.value(ana, 'clientTickets.create', {
      clientId: CLIENT,
      description: '2ª via do boleto',
    });
    await a.value(ana, 'clientTickets.updateProgress', { id: ticket.id, progress: 60 });
    const file = await a.value(ana, 'clientFiles.attach', {
      clientId: CLIENT,
      name: 'contrato.txt',
      mime: 'text/plain',
      contentBase64: Buffer.from('contrato assinado').toString('base64'),
    });
    await b.waitFor(clientPart(CLIENT, 'files'), 2_000, since);
    expect((await b.value(bob, 'clients.get', { id: CLIENT })).notes).toBe('Prefere contato à tarde.');
    const tickets = await b.value(bob, 'clientTickets.list', { clientId: CLIENT });
    expect(tickets.find((t) => t.id === ticket.id)?.progress).toBe(60);
    const content = await b.value(bob, 'clientFiles.download', { id: file.id });
    expect(Buffer.from(content.contentBase64, 'base64').toString()).toBe('contrato assinado');
  });

  it('a seat that was off catches up from its cursor when it starts again', async () => {
    const { a, b, settings } = await twoSeats();
    const ana = await a.login('ana');
    // B follows the floor once it has a row (an empty floor's first follow waits, for the import).
    const since = performance.now();
    await a.value(ana, 'clientActivities.create', {
      clientId: CLIENT,
      kind: 'task',
      title: 'Primeira do banco central',
      dueAt: '2026-12-04T13:00:00.000Z',
    });
    await b.waitFor(clientPart(CLIENT, 'activities'), 2_000, since);
    const cursorBefore = b.core.replicator.cursor();
    expect(cursorBefore).toBeGreaterThan(0);
    await b.close();
    seats.splice(seats.indexOf(b), 1);
    for (const title of ['Ligar para o financeiro', 'Enviar proposta']) {
      await a.value(ana, 'clientActivities.create', {
        clientId: CLIENT,
        kind: 'task',
        title,
        dueAt: '2026-12-04T13:00:00.000Z',
      });
    }
    // A row only B's file has: a seat that started over from seq 0 drops its cached shared rows.
    const file = new Database(databaseFile(b.dataDir));
    file
      .prepare(
        `INSERT INTO client_activities (id, client_id, kind, title, due_at, owner_name, created_at, updated_at)
         VALUES (999999, ?, 'task', 'marca local', '2026-12-04T13:00:00.000Z', '', 'x', 'x')`,
      )
      .run(CLIENT);
    file.close();
    const back = await openSeat(settings, { dataDir: b.dataDir });
    seats.push(back);
    await back.waitFor(clientPart(CLIENT, 'activities'), 2_000);
    const titles = back.core.db
      .prepare('SELECT title FROM client_activities WHERE client_id = ? ORDER BY id')
      .all(CLIENT) as { title: string }[];
    expect(titles.map((t) => t.title)).toEqual(
      expect.arrayContaining(['Ligar para o financeiro', 'Enviar proposta']),
    );
    // It read only what it missed: the cursor moved on from where it stopped, not from zero.
    expect(back.core.replicator.cursor()).toBeGreaterThan(cursorBefore);
    expect(localCount(back, 'SELECT count(*) AS n FROM client_activities WHERE id = 999999')).toBe(1);
    expect(localCount(back, 'SELECT count(*) AS n FROM client_activities WHERE id <> 999999')).toBe(
      localCount(a, 'SELECT count(*) AS n FROM client_activities'),
    );
  });

  it('a dropped LISTEN connection comes back and what was saved meanwhile arrives', async () => {
    const { a, b, settings } = await twoSeats();
    const ana = await a.login('ana');
    await floor.server.sql(
      settings.database,
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = 'LISTEN floor_changes' AND datname = $1",
      [settings.database],
    );
    const since = performance.now();
    await a.value(ana, 'clientActivities.create', {
      clientId: CLIENT,
      kind: 'appointment',
      title: 'Visita técnica',
      dueAt: '2026-12-05T13:00:00.000Z',
    });
    await b.waitFor(clientPart(CLIENT, 'activities'), 5_000, since);
    expect(localCount(b, "SELECT count(*) AS n FROM client_activities WHERE title = 'Visita técnica'")).toBe(
      1,
    );
  });

  it('two agents adding activities at once on two seats both keep theirs, with distinct ids', async () => {
    const { a, b } = await twoSeats();
    const ana = await a.login('ana');
    const bob = await b.login('admin');
    const add = (seat: Seat, session: string, title: string) =>
      seat.value(session, 'clientActivities.create', {
        clientId: CLIENT,
        kind: 'task',
        title,
        dueAt: '2026-12-06T13:00:00.000Z',
      });
    const made = await Promise.all(
      Array.from({ length: 6 }, (_, i) => (i % 2 ? add(a, ana, `A ${i}`) : add(b, bob, `B ${i}`))),
    );
    expect(new Set(made.map((m) => m.id)).size).toBe(6);
    await Promise.all([a.core.replicator.pullNow(), b.core.replicator.pullNow()]);
    const titles = (seat: Seat) =>
      (
        seat.core.db
          .prepare("SELECT title FROM client_activities WHERE title GLOB '[AB] *' ORDER BY title")
          .all() as {
          title: string;
        }[]
      ).map((r) => r.title);
    expect(titles(a)).toEqual(['A 1', 'A 3', 'A 5', 'B 0', 'B 2', 'B 4']);
    expect(titles(b)).toEqual(titles(a));
  });

  it('with the central database down a save fails in pt-BR and nothing changes locally', async () => {
    const { a, settings } = await twoSeats();
    const ana = await a.login('ana');
    const before = localCount(a, 'SELECT count(*) AS n FROM client_activities');
    await floor.server.sql('postgres', `ALTER DATABASE ${settings.database} ALLOW_CONNECTIONS false`);
    await floor.server.sql(
      'postgres',
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1',
      [settings.database],
    );
    const r = await a.call(ana, 'clientActivities.create', {
      clientId: CLIENT,
      kind: 'task',
      title: 'Não deve gravar',
      dueAt: '2026-12-06T13:00:00.000Z',
    });
    await floor.server.sql('postgres', `ALTER DATABASE ${settings.database} ALLOW_CONNECTIONS true`);
    expect(r).toMatchObject({ ok: false, error: { code: 'FLOOR_UNREACHABLE' } });
    expect(!r.ok && r.error.message).toMatch(/Sem conexão com o banco central/);
    expect(localCount(a, 'SELECT count(*) AS n FROM client_activities')).toBe(before);
  });
});
