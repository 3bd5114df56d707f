import type { ClientPart } from '../../../../shared/ipc/dto/client-events';
import type { Db } from '../../db/connection';

/** One row as both engines hold it (same column names and value shapes). */
export type Row = Record<string, unknown>;

/** What a replicated change touched, for the events open screens already refresh on. */
export interface ChangeTarget {
  clientId: number | null;
  part: ClientPart;
  /** A Liberação de crédito order the change touched (creditRelease.changed). */
  orderId?: number;
}

/**
 * A table the floor shares: written on the central database first, followed by every seat's
 * cache through the change feed. Other parts of floor mode add theirs to REPLICATED_TABLES.
 */
export interface ReplicatedTable {
  /** Central table (on the feed: floor_feed_table in its migration). */
  readonly pg: string;
  /** This seat's SQLite table. */
  readonly local: string;
  /** Key columns, the same on both sides. */
  readonly key: readonly string[];
  /** Replicated columns (key included), the same names on both sides. */
  readonly columns: readonly string[];
  /**
   * 'rows' (default): the local table mirrors the central one (insert, update, delete).
   * 'columns': only these columns of an existing local row follow (e.g. notes on the ERP's
   * clients row); no local insert or delete.
   */
  readonly mode?: 'rows' | 'columns';
  /**
   * A write is refused as a stale cache (catch up, run the service again) when
   * another seat changed the central row after this seat's last pull, so the service's own
   * compare-and-set sees the other seat's value instead of silently overwriting it. 'rows' mode:
   * the same for an update of an existing row (e.g. JSON columns two seats would merge).
   */
  readonly guardStale?: boolean;
  /** 'columns' mode: the values of a row the central database has nothing for. */
  readonly cleared?: Row;
  /**
   * Key ['id'] tables: valid values for a throw-away row (never committed) whose id makes the
   * service's insert take the id block reserved centrally (see capture.ts).
   */
  readonly placeholder?: Row;
  /**
   * Append-only tables whose rows a seat may also write locally (audit entries of settings and
   * accounts changes): a local row holding the id of an arriving central row with other content
   * moves to a free id instead of being overwritten.
   */
  readonly keepLocalRows?: boolean;
  /**
   * 'rows' mode: in the apply transaction, after an arriving row was written (`after`) or a
   * tombstone removed it (null), with this seat's copy before it (undefined: new here). For state
   * each seat derives from the shared rows, e.g. the agent's value on the ERP's clients row.
   */
  followUp?(db: Db, before: Row | undefined, after: Row | null): void;
  /** The client and screen part a change refreshes (the row as it is, or as it was if deleted). */
  event(db: Db, row: Row): ChangeTarget | null;
  /** Runs on the central transaction before a captured row is written (e.g. a file's bytes). */
  beforePush?(ctx: PushContext, row: Row): Promise<void>;
}

export interface PushContext {
  dataDir: string;
  query(text: string, values?: unknown[]): Promise<{ rowCount: number | null; rows: Row[] }>;
}

/**
 * Local tables a shared write also touches that stay on this seat (e.g. its e-mail outbox):
 * captured with the shared rows and written again locally once the central commit succeeded.
 */
export const LOCAL_SIDE_TABLES: readonly string[] = ['activity_notifications'];
