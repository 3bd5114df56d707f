/**
 * Floor key rotation: IT gives every seat the new key as `floorKey` and keeps the old one as
 * `floorKeyPrevious`. A seat holding both re-seals every `fk1:` envelope of the shared settings
 * with the new key, once per floor (job lease `floor-key-rotation`, and in one central
 * transaction that locks `floor_secret_key` and checks the floor still uses the old key, so a
 * second run re-seals nothing). Seats with only the old key read until the rotation; seats with
 * only the new one read after it; a seat with the old one only is then told so (floor.keyOutdated).
 */
import type { Kysely } from 'kysely';
import type { Core } from '../../core-types';
import { log } from '../../log';
import { floorKysely } from '../floor-db';
import type { SharedSchema } from '../shared-schema';
import { refreshSharedSettings } from '../settings/shared-settings';
import { NO_FLOOR_KEY, type FloorKey } from './floor-key';
import { envelopeKeyId, isFloorEnvelope, openWithFloorKey, sealWithFloorKey } from './floor-envelope';

export interface KeyMaterial {
  bytes: Buffer;
  keyId: string;
}

export const keyMaterial = (key: FloorKey | undefined): KeyMaterial | null => {
  const bytes = key?.bytes() ?? null;
  return bytes && key?.keyId ? { bytes, keyId: key.keyId } : null;
};

/** Every envelope sealed with `from` inside a setting's value (a JSON text, or the envelope itself). */
function reseal(value: string, from: KeyMaterial, to: KeyMaterial): { value: string; count: number } {
  let count = 0;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      if (!isFloorEnvelope(v) || envelopeKeyId(v) !== from.keyId) return v;
      let plain: string;
      try {
        plain = openWithFloorKey(from.bytes, from.keyId, v);
      } catch {
        return v; // damaged: unreadable with any key, left for an admin to type again
      }
      count++;
      return sealWithFloorKey(to.bytes, to.keyId, plain);
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    // Not JSON: the value is the envelope itself.
    const next = walk(value) as string;
    return { value: next, count };
  }
  const next = walk(parsed);
  return { value: count ? JSON.stringify(next) : value, count };
}

export interface RotationOutcome {
  /** Envelopes re-sealed with the new key (0: the floor already used it, or had no secret yet). */
  resealed: number;
  rotated: boolean;
}

/** One central transaction; `beforeCommit` fences the job lease. */
export async function rotateFloorSecrets(
  db: Kysely<SharedSchema>,
  current: KeyMaterial,
  previous: KeyMaterial,
  now: () => Date,
  beforeCommit: (trx: Kysely<SharedSchema>) => Promise<void> = () => Promise.resolve(),
): Promise<RotationOutcome> {
  return db.transaction().execute(async (trx) => {
    const claim = await trx
      .selectFrom('floor_secret_key')
      .select('key_id')
      .where('id', '=', 1)
      .forUpdate()
      .executeTakeFirst();
    // No secret saved yet (the first save claims the new key), or already rotated.
    if (!claim || claim.key_id !== previous.keyId) return { resealed: 0, rotated: false };
    const rows = await trx
      .selectFrom('app_settings')
      .select(['key', 'value'])
      .where('value', 'like', '%fk1:%')
      .forUpdate()
      .execute();
    let resealed = 0;
    for (const row of rows) {
      const r = reseal(row.value, previous, current);
      if (r.count === 0) continue;
      resealed += r.count;
      await trx.updateTable('app_settings').set({ value: r.value }).where('key', '=', row.key).execute();
    }
    await trx
      .updateTable('floor_secret_key')
      .set({ key_id: current.keyId, previous_key_id: previous.keyId, rotated_at: now().toISOString() })
      .where('id', '=', 1)
      .execute();
    await beforeCommit(trx);
    return { resealed, rotated: true };
  });
}

/** A seat whose policy holds both keys re-seals the floor's secrets once per floor, then reads them. */
export async function rotateFloorKeyOncePerFloor(core: Core): Promise<RotationOutcome | null> {
  const pool = core.floor.pool;
  const current = keyMaterial(core.policy.floorKey);
  const previous = keyMaterial(core.policy.floorKeyPrevious ?? NO_FLOOR_KEY);
  if (!pool || !current || !previous) return null;
  const db = floorKysely<SharedSchema>(pool);
  const claim = await db
    .selectFrom('floor_secret_key')
    .select('key_id')
    .where('id', '=', 1)
    .executeTakeFirst();
  if (claim?.key_id !== previous.keyId) return null;
  const r = await core.jobLeases.runOncePerFloor(
    'floor-key-rotation',
    (lease) =>
      rotateFloorSecrets(
        db,
        current,
        previous,
        () => core.now(),
        (trx) => lease.fence(trx),
      ),
    { slot: `rotate-${current.keyId}` },
  );
  if (!r.ran) return null;
  if (r.value.rotated) {
    log.info(`banco central: chave trocada; ${r.value.resealed} senhas cifradas de novo com a chave nova`);
    await refreshSharedSettings(core);
  }
  return r.value;
}

/** Background start (floor services): a failure is logged and tried again at the next start. */
export function rotateFloorKeyInBackground(core: Core): void {
  if (!core.policy.floorKeyPrevious?.keyId) return;
  void rotateFloorKeyOncePerFloor(core).catch((e: unknown) =>
    log.warn(`banco central: troca da chave não concluída: ${(e as Error).message}`),
  );
}
