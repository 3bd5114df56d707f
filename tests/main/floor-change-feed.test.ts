/**
 * The change feed's sequence on a real PostgreSQL: concurrent writers commit in seq order, so a
 * reader that follows `seq > cursor` never skips a change committed after it read; deletes
 * leave tombstones; one NOTIFY per statement.
 */
import type pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openFloorPool } from '../../electron/main/floor/floor-db';
import { migrateFloor } from '../../electron/main/floor/floor-migrate';
import { feedSql } from '../../electron/main/floor/replication/replicator';
import { REPLICATED_TABLES } from '../../electron/main/floor/replication/replicated-tables';
import { startEmbeddedPostgres, type TestPostgres } from '../../tools/floor/embedded-postgres';
import { ACME } from './support/floor-replication';

let server: TestPostgres;
const pools: pg.Pool[] = [];

beforeAll(async () => {
  server = await startEmbeddedPostgres();
}, 60_000);
afterAll(async () => server?.stop());
afterEach(async () => {
  for (const p of pools.splice(0)) await p.end();
});

async function floorPool(max = 10): Promise<pg.Pool> {
  const settings = await server.createDatabase();
  const pool = openFloorPool(settings, { max });
  pools.push(pool);
  await migrateFloor(pool, ACME);
  return pool;
}

const insertTicket = (c: pg.PoolClient | pg.Pool, id: number) =>
  c.query(
    `INSERT INTO client_tickets (id, client_id, description, opened_at, updated_at)
     VALUES ($1, 1, 'chamado', '2026-12-02T12:00:00.000Z', '2026-12-02T12:00:00.000Z')`,
    [id],
  );

describe('central change feed', () => {
  it('a reader following seq > cursor misses nothing while writers commit concurrently and out of order', async () => {
    const pool = await floorPool(12);
    const sql = feedSql(REPLICATED_TABLES);
    const seen = new Set<number>();
    let cursor = 0;
    let writing = true;
    // The reader polls as fast as it can (in production the NOTIFY wakes it) and keeps a cursor.
    const reader = (async () => {
      for (;;) {
        const done = !writing;
        const { rows } = await pool.query<{ seq: number; row: { id: number } }>(sql, [cursor, 100]);
        for (const r of rows) seen.add(r.row.id);
        if (rows.length) cursor = rows[rows.length - 1]!.seq;
        else if (done) break;
      }
    })();
    // Eight writers; each holds its transaction open a random while after stamping its row, so
    // transactions that started later would commit earlier without the feed's lock.
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let i = 0; i < 15; i++) {
          const c = await pool.connect();
          try {
            await c.query('BEGIN');
            await insertTicket(c, ++next);
            await new Promise((r) => setTimeout(r, Math.random() * 8));
            await c.query('COMMIT');
          } finally {
            c.release();
          }
        }
      }),
    );
    writing = false;
    await reader;
    expect(seen.size).toBe(120);
    const seqs = (await pool.query<{ seq: number }>('SELECT seq FROM client_tickets ORDER BY id')).rows;
    expect(new Set(seqs.map((s) => s.seq)).size).toBe(120);
  });

  it("a seat's transaction left open does not hold back another seat's save, nor hide it from the feed", async () => {
    const pool = await floorPool();
    const sql = feedSql(REPLICATED_TABLES);
    // Seat A starts a save and stalls (a slow network between two statements of its transaction).
    const a = await pool.connect();
    try {
      await a.query('BEGIN');
      await insertTicket(a, 1);
      // Seat B saves meanwhile: its commit does not wait for A, and the feed shows B's row at once.
      const bSaved = insertTicket(pool, 2).then(() => 'B gravou');
      const stalled = new Promise((r) => setTimeout(() => r('B esperou A'), 2_000));
      expect(await Promise.race([bSaved, stalled])).toBe('B gravou');
      const first = await pool.query<{ seq: number; row: { id: number } }>(sql, [0, 100]);
      expect(first.rows.map((r) => r.row.id)).toEqual([2]);
      // A commits last: its row comes after B's on the feed, so a cursor at B's seq still gets it.
      await a.query('COMMIT');
      const after = await pool.query<{ seq: number; row: { id: number } }>(sql, [first.rows[0]!.seq, 100]);
      expect(after.rows.map((r) => r.row.id)).toEqual([1]);
    } finally {
      await a.query('ROLLBACK').catch(() => undefined);
      a.release();
    }
  });

  it('an update takes a new seq, a delete leaves a tombstone with the key, and listeners are told', async () => {
    const pool = await floorPool();
    const listener = await pool.connect();
    const told: string[] = [];
    listener.on('notification', (n) => told.push(n.payload ?? ''));
    await listener.query('LISTEN floor_changes');
    await insertTicket(pool, 1);
    const first = (await pool.query<{ seq: number }>('SELECT seq FROM client_tickets WHERE id = 1')).rows[0]!
      .seq;
    await pool.query('UPDATE client_tickets SET progress = 50 WHERE id = 1');
    const second = (await pool.query<{ seq: number }>('SELECT seq FROM client_tickets WHERE id = 1')).rows[0]!
      .seq;
    expect(second).toBeGreaterThan(first);
    await pool.query('DELETE FROM client_tickets WHERE id = 1');
    const tomb = (await pool.query('SELECT tbl, key, seq FROM floor_tombstones')).rows;
    expect(tomb).toEqual([{ tbl: 'client_tickets', key: { id: 1 }, seq: expect.any(Number) }]);
    expect(tomb[0].seq).toBeGreaterThan(second);
    await new Promise((r) => setTimeout(r, 100));
    listener.release();
    expect(told).toEqual(['client_tickets', 'client_tickets', 'client_tickets']);
  });

  it('a delete and a re-insert of one row in one transaction reach the feed in that order', async () => {
    const pool = await floorPool();
    const c = await pool.connect();
    try {
      await c.query('BEGIN');
      await insertTicket(c, 5);
      await c.query('DELETE FROM client_tickets WHERE id = 5');
      await insertTicket(c, 5);
      await c.query('COMMIT');
    } finally {
      c.release();
    }
    const { rows } = await pool.query<{ tbl: string; row: { id: number } | null }>(
      feedSql(REPLICATED_TABLES),
      [0, 100],
    );
    // A follower applying these in seq order keeps the ticket: the tombstone comes first.
    expect(rows.map((r) => (r.row ? 'linha' : 'exclusão'))).toEqual(['exclusão', 'linha']);
  });

  it('the central constraints refuse a row the SQLite twin would refuse', async () => {
    const pool = await floorPool();
    await expect(
      pool.query(
        `INSERT INTO client_tickets (id, client_id, description, progress, opened_at, updated_at)
         VALUES (1, 1, 'x', 150, 'a', 'a')`,
      ),
    ).rejects.toMatchObject({ code: '23514' });
  });
});
