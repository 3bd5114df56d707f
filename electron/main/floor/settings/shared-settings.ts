/**
 * Settings in floor mode: the central database holds them, this desktop's app_settings is their
 * cache (reads stay local and instant, and work while the central database is unreachable).
 * A save goes to the central database first, in one transaction, then to the cache with the
 * caller's local rows (its audit entry); a seat pulls what others saved by the change sequence.
 * In embedded mode both are the one local transaction they always were.
 */
import { sql } from 'kysely';
import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import { getSetting, setSetting } from '../../db/repos/settings.repo';
import { log } from '../../log';
import { floorKysely } from '../floor-db';
import { isFloorEnvelope } from '../secrets/floor-secret-store';
import type { SharedSchema } from '../shared-schema';
import { hasSecret, isSharedSettingKey, secretOf, withSecret } from './setting-keys';

type SettingsCore = Pick<Core, 'db' | 'floor' | 'scheduler'>;

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

async function writeCentral(
  core: SettingsCore,
  entries: Record<string, string>,
  previous: Record<string, string | undefined>,
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
    return final;
  });
}

const unreachable = (e: unknown): never => {
  if (e instanceof AppFailure) throw e;
  log.warn(`configuração não salva no banco central: ${(e as Error).message}`);
  throw new AppFailure('floor.settingsUnreachable');
};

/**
 * Saves settings for the whole floor (or this desktop in embedded mode) and runs `alsoLocal`
 * (e.g. the audit row) in the same local transaction. Returns the values stored.
 */
export async function saveSharedSettings(
  core: SettingsCore,
  entries: Record<string, string>,
  alsoLocal?: () => void,
): Promise<Record<string, string>> {
  for (const key of Object.keys(entries))
    if (!isSharedSettingKey(key)) throw new Error(`"${key}" is a setting of this desktop, not a shared one`);
  let final = entries;
  if (core.floor.pool) {
    const previous = Object.fromEntries(Object.keys(entries).map((k) => [k, getSetting(core.db, k)]));
    final = await writeCentral(core, entries, previous).catch(unreachable);
  }
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
