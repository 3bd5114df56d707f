/**
 * A shared write in floor mode: the service runs as it does on one desktop, on this seat's
 * SQLite connection, but inside a capture that is rolled back; the rows it wrote go to the
 * central database first (one transaction, with its constraints), and this seat's cache gets
 * them from the change feed (pullNow) like every other seat. Embedded mode runs the write as is.
 */
import type pg from 'pg';
import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import type { Db } from '../../db/connection';
import { log } from '../../log';
import { captureWrites, type CapturedChange } from './capture';
import { CentralUnreachable, pushChanges, StaleCache } from './push-changes';
import { REPLICATED_TABLES } from './replicated-tables';
import { LOCAL_SIDE_TABLES, type PushContext, type Row } from './replicated-table';

/**
 * Another seat took the next id (or deleted the row) first: catch up and run the write again,
 * after a short random wait that grows with each try, so seats that collided do not collide
 * again in step.
 */
const MAX_ATTEMPTS = 12;
const JITTER_MS = 15;

export interface FloorWriteOptions {
  /** Inside the central transaction, before COMMIT: e.g. a job's lease fence (throws when lost). */
  fence?: (query: PushContext['query']) => Promise<void>;
}

export async function floorWrite<T>(core: Core, write: () => T, opts: FloorWriteOptions = {}): Promise<T> {
  const pool = core.floor.pool;
  if (core.floor.mode !== 'floor' || !pool) return write();
  for (let attempt = 1; ; attempt++) {
    let captured: { result: T; changes: CapturedChange[] };
    try {
      const firstId = await reserveIds(pool);
      // What this cache had pulled when the service read it (a guarded row changed later = stale).
      const cursor = core.replicator.cursor();
      captured = captureWrites(core.db, REPLICATED_TABLES, write, firstId);
      await pushChanges(pool, core.dataDir, REPLICATED_TABLES, captured.changes, opts.fence, cursor);
    } catch (e) {
      if (e instanceof AppFailure) throw e;
      if (e instanceof StaleCache) {
        if (attempt >= MAX_ATTEMPTS) throw new AppFailure('floor.writeContended');
        await new Promise((r) => setTimeout(r, Math.random() * JITTER_MS * attempt));
        // A failed catch-up shows on the next try (the id reservation reports the link).
        await core.replicator.pullNow().catch(() => undefined);
        continue;
      }
      if (e instanceof CentralUnreachable) {
        log.warn(e.message);
        throw new AppFailure('floor.writeUnreachable');
      }
      throw e;
    }
    // Committed centrally: the cache follows at once (the LISTEN would bring it a moment later).
    await core.replicator
      .pullNow()
      .catch((e: unknown) =>
        log.warn(`banco central: gravado, cache atualiza depois: ${(e as Error).message}`),
      );
    replayLocalSide(core.db, captured.changes);
    return captured.result;
  }
}

/** A block of 100 new row ids only this write uses (db/floor-migrations/0100). */
async function reserveIds(pool: pg.Pool): Promise<number> {
  try {
    return Number((await pool.query<{ id: string }>("SELECT nextval('floor_row_ids') AS id")).rows[0]?.id);
  } catch (e) {
    throw new CentralUnreachable(e);
  }
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** This seat's own rows written by the same service call (its e-mail outbox), kept locally. */
function replayLocalSide(db: Db, changes: CapturedChange[]): void {
  const side = changes.filter((c) => LOCAL_SIDE_TABLES.includes(c.table));
  if (side.length === 0) return;
  db.transaction(() => {
    for (const c of side) {
      if (c.op === 'delete') {
        db.prepare(`DELETE FROM ${q(c.table)} WHERE id = ?`).run((c.old as Row).id);
        continue;
      }
      // A new row takes a new local id: another write may have used the rolled-back one meanwhile.
      const row = { ...(c.row as Row) };
      if (c.op === 'insert') delete row.id;
      const cols = Object.keys(row);
      const sql =
        c.op === 'insert'
          ? `INSERT INTO ${q(c.table)} (${cols.map(q).join(', ')}) VALUES (${cols.map((x) => `@${x}`).join(', ')})`
          : `UPDATE ${q(c.table)} SET ${cols
              .filter((x) => x !== 'id')
              .map((x) => `${q(x)} = @${x}`)
              .join(', ')} WHERE id = @id`;
      db.prepare(sql).run(row);
    }
  })();
}
