/**
 * The secret store of floor mode: AES-256-GCM envelopes sealed with the floor key, so a
 * password saved on one seat is readable on every seat that has the key and on none without
 * it. Envelope: `fk1:<keyId>:<iv>:<tag>:<ciphertext>` (base64). The key id (an HMAC of a fixed
 * label, not the key) is claimed in the central database by the first seat that saves a secret;
 * a seat with another key is refused before it could overwrite what the others can read.
 */
import type pg from 'pg';
import { messageFor } from '../../../../shared/ipc/messages';
import { AppFailure } from '../../../../shared/ipc/result';
import type { SecretStore } from '../../services/secrets/secret-store';
import { floorKysely } from '../floor-db';
import type { SharedSchema } from '../shared-schema';
import { NO_FLOOR_KEY, type FloorKey } from './floor-key';
import { envelopeKeyId, isFloorEnvelope, openWithFloorKey, sealWithFloorKey } from './floor-envelope';
import { keyMaterial, rotateFloorSecrets, type KeyMaterial } from './floor-key-rotation';

export {
  FLOOR_ENVELOPE_PREFIX,
  envelopeKeyId,
  isFloorEnvelope,
  openWithFloorKey,
  sealWithFloorKey,
} from './floor-envelope';

/** The floor's claimed key id and the one before the last rotation (nulls while no secret was saved). */
async function floorsKeys(pool: pg.Pool): Promise<{ keyId: string | null; previousKeyId: string | null }> {
  const r = await pool.query<{ key_id: string; previous_key_id: string | null }>(
    'SELECT key_id, previous_key_id FROM floor_secret_key WHERE id = 1',
  );
  return { keyId: r.rows[0]?.key_id ?? null, previousKeyId: r.rows[0]?.previous_key_id ?? null };
}

/** The floor's claimed key id, claiming it for `keyId` when no seat has saved a secret yet. */
async function claimedKeyId(pool: pg.Pool, keyId: string, now: () => Date): Promise<string> {
  const r = await pool.query<{ key_id: string }>(
    `WITH claim AS (
       INSERT INTO floor_secret_key (id, key_id, claimed_at) VALUES (1, $1, $2)
       ON CONFLICT (id) DO NOTHING RETURNING key_id)
     SELECT key_id FROM claim UNION ALL SELECT key_id FROM floor_secret_key WHERE id = 1`,
    [keyId, now().toISOString()],
  );
  return r.rows[0]?.key_id ?? keyId;
}

/**
 * `previous`: the key being rotated out (policy `floorKeyPrevious`). Envelopes of either key
 * open; new ones are sealed with the current key, after the floor's secrets were re-sealed with
 * it when the floor still used the previous one.
 */
export function createFloorSecretStore(
  key: FloorKey,
  pool: pg.Pool,
  now: () => Date,
  previous: FloorKey = NO_FLOOR_KEY,
): SecretStore {
  const material = (): KeyMaterial => {
    const m = keyMaterial(key);
    if (!m) throw new AppFailure('floor.keyMissing', { problem: key.problem });
    return m;
  };
  const old = keyMaterial(previous);
  /** Why this seat's key is not the floor's: it holds only the key rotated out, or another one. */
  const notTheFloorsKey = (keyId: string, floor: { previousKeyId: string | null }) =>
    new AppFailure(floor.previousKeyId === keyId ? 'floor.keyOutdated' : 'floor.keyMismatch');
  return {
    kind: 'floorKey',
    protectionNote:
      'Banco central: a senha é cifrada com a chave do banco central, que a equipe de TI instala em cada computador; ' +
      'o banco central guarda apenas o texto cifrado.',
    availability: async () => {
      try {
        // Only looks: opening a settings screen claims nothing, the first saved secret does.
        const { keyId } = material();
        const floor = await floorsKeys(pool);
        if (floor.keyId !== null && floor.keyId !== keyId && floor.keyId !== old?.keyId)
          throw notTheFloorsKey(keyId, floor);
        return { ok: true };
      } catch (e) {
        if (e instanceof AppFailure) return { ok: false, reason: e.message };
        return { ok: false, reason: messageFor('floor.settingsUnreachable') };
      }
    },
    encrypt: async (plain) => {
      const current = material();
      const claimed = await claimedKeyId(pool, current.keyId, now);
      if (claimed !== current.keyId) {
        // The floor still uses the key this seat holds as the previous one: re-seal first, so
        // no envelope of the old key stays next to the new one (locked and checked centrally).
        if (!old || claimed !== old.keyId) throw notTheFloorsKey(current.keyId, await floorsKeys(pool));
        await rotateFloorSecrets(floorKysely<SharedSchema>(pool), current, old, now);
      }
      return sealWithFloorKey(current.bytes, current.keyId, plain);
    },
    decrypt: async (value) => {
      if (!isFloorEnvelope(value)) throw new AppFailure('floor.secretNotShared');
      const current = material();
      const sealedWith = envelopeKeyId(value);
      if (old && sealedWith === old.keyId) return openWithFloorKey(old.bytes, old.keyId, value);
      if (sealedWith === current.keyId) return openWithFloorKey(current.bytes, current.keyId, value);
      throw notTheFloorsKey(current.keyId, await floorsKeys(pool));
    },
  };
}
