/**
 * Settings in floor mode: the central database holds them, this desktop's app_settings is their
 * cache (reads stay local and instant, and work while the central database is unreachable).
 * A save goes to the central database first, in one transaction with the caller's Histórico
 * entry, then to the cache; a seat pulls what others saved by the change sequence.
 * In embedded mode both are the one local transaction they always were.
 */
import { sql } from 'kysely';
import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import { getSetting, setSetting } from '../../db/repos/settings.repo';
import { log } from '../../log';
import { insertCentralAudit, type AuditRowValues } from '../audit/central-audit';
import { floorKysely } from '../floor-db';
import { captureWrites } from '../replication/capture';
import { REPLICATED_TABLES } from '../replication/replicated-tables';
import { isFloorEnvelope } from '../secrets/floor-secret-store';
import type { SharedSchema } from '../shared-schema';
import { hasSecret, isSharedSettingKey, secretOf, withSecret } from './setting-keys';

type SettingsCore = Pick<Core, 'db' | 'floor' | 'scheduler'> & Partial<Pick<Core, 'replicator'>>;

/** Any constant: settings saves of the floor take turns, so seq order is commit order. */
const SETTINGS_LOCK = 4_207_311_300;
const CURSOR_KEY = 'floor.settings.cursor';
/** Settings the scheduler reads to arm its jobs (ERP sync time, the 01:00 receivables toggle). */
const SCHEDULE_KEYS = ['erp.syncTime', 'bureau.config'];

/**
 * A secret this save did not change (the admin typed no new password) keeps the one the central
 * database holds now: a seat never writes back an older secret, nor one it cannot read.
 */
function keepCentralSecret(
  key: string,
  next: string,
  previous: string | undefined,
  central: string | undefined,
) {
  if (!hasSecret(key) || central === undefined) return next;
  const unchanged = secretOf(key, next) === secretOf(key, previous);
  return unchanged ? withSecret(key, next, secretOf(key, central)) : next;
}

/**
 * The Histórico rows `alsoLocal` writes, run on this seat's cache as in embedded mode (after the
 * values are stored, so it reads them) inside a capture that is rolled back. In floor mode it may
 * write only audit entries: they go to the central database with the settings.
 */
function auditRowsOf(
  core: SettingsCore,
  final: Record<string, string>,
  alsoLocal?: () => void,
): AuditRowValues[] {
  if (!alsoLocal) return [];
  const { changes } = captureWrites(core.db, REPLICATED_TABLES, () => {
    for (const [key, value] of Object.entries(final)) setSetting(core.db, key, value);
    alsoLocal();
  });
  return changes.map((c) => {
    if (c.table !== 'audit_log' || c.op !== 'insert' || !c.row)
      throw new Error(`a settings save may write only audit_log rows, not ${c.op} on ${c.table}`);
    const { id: _localId, ...row } = c.row;
    return row as unknown as AuditRowValues;
  });
}

async function writeCentral(
  core: SettingsCore,
  entries: Record<string, string>,
  previous: Record<string, string | undefined>,
  alsoLocal?: () => void,
): Promise<Record<string, string>> {
  const db = floorKysely<SharedSchema>(core.floor.pool!);
  return db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${SETTINGS_LOCK})`.execute(trx);
    const keys = Object.keys(entries);
    const rows = await trx
      .selectFrom('app_settings')
      .select(['key', 'value'])
      .where('key', 'in', keys)
      .forUpdate()
      .execute();
    const central = new Map(rows.map((r) => [r.key, r.value]));
    const final: Record<string, string> = {};
    for (const key of keys) {
      const value = keepCentralSecret(key, entries[key]!, previous[key], central.get(key));
      const secret = secretOf(key, value);
      // Only floor-key envelopes go to the central database: never clear text, never a seat's own cipher.
      if (secret && !isFloorEnvelope(secret)) throw new AppFailure('floor.secretNotShared');
      final[key] = value;
    }
    await trx
      .insertInto('app_settings')
      .values(keys.map((key) => ({ key, value: final[key]! })))
      .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ value: eb.ref('excluded.value') })))
      .execute();
    await insertCentralAudit(trx, auditRowsOf(core, final, alsoLocal));
    return final;
  });
}

const unreachable = (e: unknown): never => {
  if (e instanceof AppFailure) throw e;
  log.warn(`configuração não salva no banco central: ${(e as Error).message}`);
  throw new AppFailure('floor.settingsUnreachable');
};

/**
 * Saves settings for the whole floor (or this desktop in embedded mode) with `alsoLocal`'s
 * Histórico entry: in embedded mode in the same local transaction; in floor mode in the central
 * transaction (see auditRowsOf). Returns the values stored.
 */
export async function saveSharedSettings(
  core: SettingsCore,
  entries: Record<string, string>,
  alsoLocal?: () => void,
): Promise<Record<string, string>> {
  for (const key of Object.keys(entries))
    if (!isSharedSettingKey(key)) throw new Error(`"${key}" is a setting of this desktop, not a shared one`);
  if (core.floor.pool) {
    const previous = Object.fromEntries(Object.keys(entries).map((k) => [k, getSetting(core.db, k)]));
    const final = await writeCentral(core, entries, previous, alsoLocal).catch(unreachable);
    core.db.transaction(() => {
      for (const [key, value] of Object.entries(final)) setSetting(core.db, key, value);
    })();
    // The Histórico entry comes back through the change feed, like every other seat gets it.
    await core.replicator
      ?.pullNow()
      .catch((e: unknown) => log.warn(`Histórico atualiza depois: ${(e as Error).message}`));
    return final;
  }
  const final = entries;
  core.db.transaction(() => {
    for (const [key, value] of Object.entries(final)) setSetting(core.db, key, value);
    alsoLocal?.();
  })();
  return final;
}

/**
 * Pulls the settings other seats saved since this desktop's cursor into its cache (all of them
 * with `full`). Called at start, before a save, by the settings screens, and by the change feed
 * on every `app_settings` notification. Never throws: unreachable means "use the cache".
 * Returns the keys that changed.
 */
export async function refreshSharedSettings(
  core: SettingsCore,
  opts: { full?: boolean } = {},
): Promise<string[]> {
  if (!core.floor.pool) return [];
  const cursor = opts.full ? 0 : Number(getSetting(core.db, CURSOR_KEY) ?? 0) || 0;
  let rows: { key: string; value: string; seq: number }[];
  try {
    rows = await floorKysely<SharedSchema>(core.floor.pool)
      .selectFrom('app_settings')
      .select(['key', 'value', 'seq'])
      .where('seq', '>', cursor)
      .orderBy('seq')
      .execute();
  } catch (e) {
    log.warn(
      `configurações do banco central não atualizadas (usando as deste computador): ${(e as Error).message}`,
    );
    return [];
  }
  if (rows.length === 0) return [];
  const changed: string[] = [];
  core.db.transaction(() => {
    for (const row of rows) {
      if (!isSharedSettingKey(row.key) || getSetting(core.db, row.key) === row.value) continue;
      setSetting(core.db, row.key, row.value);
      changed.push(row.key);
    }
    setSetting(core.db, CURSOR_KEY, String(Math.max(cursor, ...rows.map((r) => r.seq))));
  })();
  if (changed.some((k) => SCHEDULE_KEYS.includes(k))) core.scheduler?.reschedule();
  return changed;
}
