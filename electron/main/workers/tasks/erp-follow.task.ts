/**
 * Worker side of a long ERP follow (a seat's first fill from the central database, or a catch-up
 * after a big sync): the main thread reads the central pages on its pool (the worker asks for
 * each), the worker parses and writes them on its own connection in short transactions, and the
 * follow cursor moves with every one, so a cancel or a dead worker loses nothing applied.
 */
import { createFollowApplier, type FeedRow, type FollowApplied } from '../../floor/erp/erp-follow-apply';
import { openWorkerDb } from '../worker-db';
import type { TaskContext } from '../worker-runtime';

export interface ErpFollowTaskInput {
  databasePath: string;
  floorUid: string | null;
  cursor: number;
  pageSize: number;
  applyBatchRows: number;
  /** core.now() − Date.now() when the follow started: the worker's timestamps follow the core's clock. */
  clockOffsetMs: number;
}

/** The one call this task makes: the next central page above `cursor`. */
export interface ErpFollowPageCall {
  kind: 'erpFollowPage';
  cursor: number;
  limit: number;
}

export interface ErpFollowProgress {
  rows: number;
}

export async function erpFollowTask(input: ErpFollowTaskInput, ctx: TaskContext): Promise<FollowApplied> {
  const db = openWorkerDb(input.databasePath);
  try {
    const applier = createFollowApplier(db);
    let cursor = input.cursor;
    let done = 0;
    for (;;) {
      const call: ErpFollowPageCall = { kind: 'erpFollowPage', cursor, limit: input.pageSize };
      const rows = await ctx.call<FeedRow[]>(call);
      if (rows.length === 0) break;
      for (let i = 0; i < rows.length; i += input.applyBatchRows) {
        if (ctx.signal.aborted) return applier.applied();
        const at = new Date(Date.now() + input.clockOffsetMs).toISOString();
        applier.apply(rows.slice(i, i + input.applyBatchRows), at, input.floorUid);
      }
      done += rows.length;
      ctx.progress({ rows: done } satisfies ErpFollowProgress);
      cursor = Number((rows[rows.length - 1] as FeedRow).seq);
      if (rows.length < input.pageSize) break;
    }
    return applier.applied();
  } finally {
    db.close();
  }
}
