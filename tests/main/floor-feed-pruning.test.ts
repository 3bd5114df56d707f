/**
 * Pruning the change feed (issue 18): tombstones older than the retention are deleted by one
 * seat per floor, and a seat that was off for longer than that starts over instead of keeping
 * (and showing) a contact the floor deleted meanwhile; its local-only Histórico rows stay. The
 * bytes of a deleted file leave the shared store once no file row points at them.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { databaseFile } from '../../electron/main/db/paths';
import { floorKysely } from '../../electron/main/floor/floor-db';
import { pruneFeed, pruneOncePerFloor } from '../../electron/main/floor/replication/feed-pruning';
import type { SharedSchema } from '../../electron/main/floor/shared-schema';
import { clientPart, openSeat, seatsOnOneServer } from './support/floor-replication';

const floor = seatsOnOneServer();
const seats = floor.seats;
const CLIENT = 7;

const CONTACT = {
  name: 'Márcia da Conceição',
  initials: '',
  company: 'Maximino Santin Comércio de Alimentos Ltda',
  role: 'Compradora',
  email: 'marcia@maximinosantin.com.br',
  phone: '(49) 99123-4567',
  tags: ['Compras'],
};

describe('pruning the change feed', () => {
  it('a seat off for longer than the retention does not bring back a contact deleted meanwhile', async () => {
    const settings = await floor.server.createDatabase();
    const a = await openSeat(settings);
    const b = await openSeat(settings);
    seats.push(a, b);
    const ana = await a.login('ana');
    const bob = await b.login('admin');
    let since = performance.now();
    const kept = await a.value(ana, 'clientContacts.save', {
      clientId: CLIENT,
      fields: { ...CONTACT, name: 'Contato que fica' },
    });
    const gone = await a.value(ana, 'clientContacts.save', { clientId: CLIENT, fields: CONTACT });
    await b.waitFor(clientPart(CLIENT, 'contacts'), 2_000, since);
    await b.core.replicator.pullNow();
    expect((await b.value(bob, 'clientContacts.list', { clientId: CLIENT })).map((c) => c.id)).toContain(
      gone.id,
    );

    // B is switched off; meanwhile A deletes the contact and, past the retention, the tombstone is pruned.
    await b.close();
    seats.splice(seats.indexOf(b), 1);
    // A Histórico entry only B's file has (settings and accounts changes are written locally).
    const file = new Database(databaseFile(b.dataDir));
    file
      .prepare(
        `INSERT INTO audit_log (id, at, user_id, user_name, entity, entity_id, action, changes)
         VALUES (987654321, '2026-12-01T12:00:00.000Z', NULL, 'admin', 'settings', 'bureau', 'update', '{}')`,
      )
      .run();
    file.close();
    await a.value(ana, 'clientContacts.remove', { id: gone.id });
    a.core.tuning.floorPrune.retentionMs = 0;
    const pruned = await pruneOncePerFloor(a.core);
    expect(pruned?.tombstones).toBeGreaterThanOrEqual(1);
    expect(
      await floor.server.sql(settings.database, 'SELECT count(*)::int AS n FROM floor_tombstones'),
    ).toEqual([{ n: 0 }]);

    since = performance.now();
    const back = await openSeat(settings, { dataDir: b.dataDir });
    seats.push(back);
    await back.core.replicator.pullNow();
    const bob2 = await back.login('admin');
    const ids = (await back.value(bob2, 'clientContacts.list', { clientId: CLIENT })).map((c) => c.id);
    expect(ids).not.toContain(gone.id);
    expect(ids).toContain(kept.id);
    // The start-over kept what only this seat wrote, and the cursor is at the horizon or above.
    expect(back.core.db.prepare('SELECT count(*) AS n FROM audit_log WHERE id = 987654321').get()).toEqual({
      n: 1,
    });
    expect(back.core.replicator.cursor()).toBeGreaterThanOrEqual(pruned!.horizon);
    // Caught up: the next start does not start over again (the Histórico of A's saves is there once).
    const countA = a.core.db.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'client'").get();
    expect(back.core.db.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'client'").get()).toEqual(
      countA,
    );
  });

  it('prunes once per floor, only what is older than the retention, and the bytes of deleted files', async () => {
    const settings = await floor.server.createDatabase();
    const a = await openSeat(settings);
    const b = await openSeat(settings);
    seats.push(a, b);
    const ana = await a.login('ana');
    const attach = (name: string, text: string) =>
      a.value(ana, 'clientFiles.attach', {
        clientId: CLIENT,
        name,
        mime: 'text/plain',
        contentBase64: Buffer.from(text).toString('base64'),
      });
    const removed = await attach('rascunho.txt', 'versão antiga do contrato');
    await attach('contrato.txt', 'contrato assinado');
    await a.value(ana, 'clientFiles.delete', { id: removed.id });
    const blobs = () =>
      floor.server.sql<{ n: number }>(settings.database, 'SELECT count(*)::int AS n FROM client_file_blobs');
    expect(await blobs()).toEqual([{ n: 2 }]);

    // Within the retention nothing goes.
    const central = floorKysely<SharedSchema>(a.core.floor.pool!);
    expect(await pruneFeed(central, 3_600_000)).toMatchObject({ tombstones: 0, blobs: 0 });
    a.core.tuning.floorPrune.retentionMs = 0;
    b.core.tuning.floorPrune.retentionMs = 0;
    // A's run of this period is done: B's run of the same period prunes nothing more.
    const first = await pruneOncePerFloor(a.core);
    expect(first).toMatchObject({ blobs: 1 });
    expect(first!.tombstones).toBeGreaterThanOrEqual(1);
    expect(await pruneOncePerFloor(b.core)).toBeNull();
    expect(await blobs()).toEqual([{ n: 1 }]);
    // The file still attached still opens on the other seat.
    const bob = await b.login('admin');
    await b.core.replicator.pullNow();
    const list = await b.value(bob, 'clientFiles.list', { clientId: CLIENT });
    expect(list.rows.map((r) => r.name)).toEqual(['contrato.txt']);
  });
});
