/**
 * A seat's follower of the central change feed: one dedicated LISTEN connection (besides the
 * small pool), and on every notification, on (re)connect and on pullNow() a pull of
 * `seq > cursor ORDER BY seq LIMIT n` over the replicated tables and the tombstones, applied to
 * the SQLite cache page by page. Open screens refresh through the events they already follow.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Core } from '../../core-types';
import { log } from '../../log';
import { refreshSharedSettings } from '../settings/shared-settings';
import { ERP_FEED_TABLES, followErpInBackground } from '../erp/erp-follower';
import { firstNonEmptyTable } from '../floor-emptiness';
import { createBackup } from '../../services/database/backups';
import { blobExists, writeBlob } from '../../services/clients/client-file-store';
import {
  applyFeedPage,
  readReplicationState,
  resetCache,
  setReplicationCursor,
  type FeedEntry,
} from './apply-changes';
import type { ChangeTarget, ReplicatedTable } from './replicated-table';
import { coalescedPull } from './coalesced-pull';

export interface Replicator {
  /** Resolves once a pull that started after this call has applied everything committed before it. */
  pullNow(): Promise<void>;
  /** The last seq applied to this seat's cache. */
  cursor(): number;
  /** Whether the LISTEN connection is up (false: the seat catches up when it comes back). */
  listening(): boolean;
  close(): Promise<void>;
}

export const NO_REPLICATOR: Replicator = {
  pullNow: () => Promise.resolve(),
  cursor: () => 0,
  listening: () => false,
  close: () => Promise.resolve(),
};

export interface ReplicatorTuning {
  /** Rows per feed page (one SQLite transaction each). */
  pageSize: number;
  /** First wait before reconnecting the LISTEN connection; doubles up to maxReconnectMs. */
  reconnectMs: number;
  maxReconnectMs: number;
}

const DEFAULTS: ReplicatorTuning = { pageSize: 500, reconnectMs: 250, maxReconnectMs: 5_000 };
export const FEED_CHANNEL = 'floor_changes';

/** After a start-over every open client screen refetches what the floor shares. */
const START_OVER_TARGETS: readonly ChangeTarget[] = (
  ['contacts', 'activities', 'tickets', 'files', 'history', 'notes'] as const
).map((part) => ({ clientId: null, part }));

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** One statement, one snapshot: every table's rows above the cursor and the tombstones, in seq order. */
export function feedSql(tables: readonly ReplicatedTable[]): string {
  const branches = tables.map(
    (t) =>
      `(SELECT '${t.pg}' AS tbl, seq, to_jsonb(x) - 'seq' AS row, NULL::jsonb AS key FROM ${q(t.pg)} x
        WHERE seq > $1 ORDER BY seq LIMIT $2)`,
  );
  branches.push(
    `(SELECT tbl, seq, NULL::jsonb AS row, key FROM floor_tombstones WHERE seq > $1 ORDER BY seq LIMIT $2)`,
  );
  return `SELECT * FROM (${branches.join('\nUNION ALL\n')}) feed ORDER BY seq LIMIT $2`;
}

/** One page of the feed with the pruned horizon read in the same snapshot (one row of nulls when the page is empty). */
export function feedPageSql(tables: readonly ReplicatedTable[]): string {
  return `SELECT h.horizon, page.* FROM (SELECT pruned_through::float8 AS horizon FROM floor_meta WHERE id = 1) h
          LEFT JOIN (${feedSql(tables)}) page ON true ORDER BY page.seq`;
}

type FeedPageRow = { horizon: number } & { [K in keyof FeedEntry]: FeedEntry[K] | null };

export function createReplicator(
  core: Core,
  tables: readonly ReplicatedTable[],
  tuning: Partial<ReplicatorTuning> = {},
): Replicator {
  const pool = core.floor.pool;
  if (!pool) return NO_REPLICATOR;
  const t = { ...DEFAULTS, ...tuning };
  // A named statement: every seat pulls on each change of the floor, and the feed's 17-branch
  // UNION is parsed and planned once per connection instead of on every pull.
  const text = feedPageSql(tables);
  const feedPage = { name: `floor-feed-${createHash('sha1').update(text).digest('hex').slice(0, 16)}`, text };
  const signature = tables.map((x) => x.pg).join(',');
  let floorUid: string | null = null;
  let closed = false;
  let listener: pg.Client | null = null;
  let reconnectIn = t.reconnectMs;
  let reconnectTimer: NodeJS.Timeout | null = null;

  async function stateFor(): Promise<number | null> {
    floorUid ??= `${(await pool!.query<{ u: string }>('SELECT floor_uid::text AS u FROM floor_meta WHERE id = 1')).rows[0]?.u}|${signature}`;
    const state = readReplicationState(core.db);
    if (state?.floorUid === floorUid) return state.cursor;
    // A floor with no shared data yet (just joined, "Importar dados deste computador" not run):
    // the first follow waits for its first row, so the import still finds this desktop's records.
    if (!state && (await firstNonEmptyTable(async (text) => (await pool!.query(text)).rows)) === null)
      return null;
    // The first follow drops this desktop's own client records (the floor's replace them): a
    // copy is kept in Backups first, so records never imported are never lost.
    if (!state) await createBackup(core.db, core.dataDir, 'antes-do-banco-central', core.now());
    resetCache(core.db, tables, floorUid);
    return 0;
  }

  async function round(): Promise<void> {
    const start = await stateFor();
    if (start === null) return;
    let cursor = start;
    // From seq 0 the cache holds no shared row: a pruned tombstone names a row it never had.
    let fresh = cursor === 0;
    const targets: ChangeTarget[] = [];
    const files: string[] = [];
    for (;;) {
      const { rows } = await pool!.query<FeedPageRow>({ ...feedPage, values: [cursor, t.pageSize] });
      if (closed) break;
      const horizon = rows[0]?.horizon ?? 0;
      if (!fresh && cursor < horizon) {
        // Off longer than the retention: deletes below the horizon are gone from the feed, so
        // the shared tables are fetched again whole (local-only rows stay) instead of kept stale.
        log.info(
          `banco central: cursor ${cursor} abaixo do histórico mantido (${horizon}); recarregando o cache`,
        );
        resetCache(core.db, tables, floorUid!, { keepLocalRows: true });
        targets.push(...START_OVER_TARGETS);
        cursor = 0;
        fresh = true;
        continue;
      }
      const entries = rows.filter((r): r is FeedPageRow & FeedEntry => r.tbl !== null);
      if (entries.length === 0) {
        // Read to the end: everything at or below the horizon is either applied or pruned.
        if (horizon > cursor) setReplicationCursor(core.db, (cursor = horizon));
        break;
      }
      const last = entries[entries.length - 1] as FeedEntry;
      targets.push(...applyFeedPage(core.db, tables, entries, last.seq));
      for (const r of entries) if (r.tbl === 'client_files' && r.row) files.push(String(r.row.sha256));
      cursor = last.seq;
      if (entries.length < t.pageSize) {
        if (horizon > cursor) setReplicationCursor(core.db, (cursor = horizon));
        break;
      }
    }
    await fetchMissingBlobs(files);
    emit(targets);
  }

  // A file row arrived: its bytes come from the shared store before the list shows it.
  async function fetchMissingBlobs(shas: string[]): Promise<void> {
    const missing = [...new Set(shas)].filter((s) => !blobExists(core.dataDir, s));
    if (missing.length === 0) return;
    const { rows } = await pool!.query<{ bytes: Buffer }>(
      'SELECT bytes FROM client_file_blobs WHERE sha256 = ANY($1)',
      [missing],
    );
    for (const r of rows) writeBlob(core.dataDir, r.bytes);
  }

  function emit(targets: ChangeTarget[]): void {
    const byClient = new Map<number | null, Set<ChangeTarget['part']>>();
    for (const x of targets) {
      const parts = byClient.get(x.clientId) ?? new Set();
      parts.add(x.part);
      byClient.set(x.clientId, parts);
    }
    let day = false;
    for (const [clientId, parts] of byClient) {
      core.events.emit('client.changed', { clientId, parts: [...parts] });
      day ||= parts.has('activities') || parts.has('tickets');
    }
    if (day) core.events.emit('home.dayChanged', {});
    // Liberação de crédito: another seat decided an order, or the ERP answered a decision.
    const orders = targets.filter((x) => x.orderId !== undefined);
    if (orders.length > 0)
      core.events.emit('creditRelease.changed', {
        orderIds: [...new Set(orders.map((x) => x.orderId as number))],
        clientIds: [...new Set(orders.flatMap((x) => (x.clientId === null ? [] : [x.clientId])))],
      });
  }

  const puller = coalescedPull(round, () => closed);
  const pullNow = puller.pull;

  const pullInBackground = () =>
    void pullNow().catch((e: unknown) =>
      log.warn(`banco central: atualização do cache falhou: ${(e as Error).message}`),
    );

  async function listen(): Promise<void> {
    reconnectTimer = null;
    if (closed) return;
    const client = new pg.Client(pool!.options);
    client.on('notification', (n) => {
      // Shared settings follow their own cursor (floor/settings): a change there is read at once.
      if (n.payload === 'app_settings') void refreshSharedSettings(core);
      // The ERP rows follow their own stream (floor/erp/erp-follower.ts).
      else if (ERP_FEED_TABLES.includes(n.payload ?? '')) followErpInBackground(core);
      else pullInBackground();
    });
    client.on('error', () => undefined);
    client.on('end', () => {
      if (listener === client) listener = null;
      scheduleReconnect();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${FEED_CHANNEL}`);
      if (closed) return void (await client.end());
      listener = client;
      reconnectIn = t.reconnectMs;
      // Whatever was committed while this seat was not listening.
      pullInBackground();
      void refreshSharedSettings(core);
      followErpInBackground(core);
    } catch {
      await client.end().catch(() => undefined);
      scheduleReconnect();
    }
  }

  function scheduleReconnect(): void {
    if (closed || reconnectTimer) return;
    reconnectTimer = setTimeout(() => void listen(), reconnectIn);
    reconnectIn = Math.min(reconnectIn * 2, t.maxReconnectMs);
  }

  void listen();

  return {
    pullNow,
    cursor: () => readReplicationState(core.db)?.cursor ?? 0,
    listening: () => listener !== null,
    async close() {
      closed = true;
      if (reconnectTimer) clearTimeout(reconnectTimer);
      const l = listener;
      listener = null;
      await l?.end().catch(() => undefined);
      await puller.settled();
    },
  };
}
