/**
 * The secret store of floor mode: AES-256-GCM envelopes sealed with the floor key, so a
 * password saved on one seat is readable on every seat that has the key and on none without
 * it. Envelope: `fk1:<keyId>:<iv>:<tag>:<ciphertext>` (base64). The key id (an HMAC of a fixed
 * label, not the key) is claimed in the central database by the first seat that saves a secret;
 * a seat with another key is refused before it could overwrite what the others can read.
 */
import crypto from 'node:crypto';
import type pg from 'pg';
import { messageFor } from '../../../../shared/ipc/messages';
import { AppFailure } from '../../../../shared/ipc/result';
import type { SecretStore } from '../../services/secrets/secret-store';
import type { FloorKey } from './floor-key';

export const FLOOR_ENVELOPE_PREFIX = 'fk1:';

export const isFloorEnvelope = (value: string): boolean => value.startsWith(FLOOR_ENVELOPE_PREFIX);

export function sealWithFloorKey(key: Buffer, keyId: string, plain: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [FLOOR_ENVELOPE_PREFIX.slice(0, -1), keyId, iv, cipher.getAuthTag(), body]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64')))
    .join(':');
}

/** The envelope's key id, or null when the value is not a floor envelope. */
export const envelopeKeyId = (value: string): string | null =>
  isFloorEnvelope(value) ? (value.split(':')[1] ?? null) : null;

export function openWithFloorKey(key: Buffer, keyId: string, value: string): string {
  const parts = value.split(':');
  if (parts.length !== 5 || parts[0] !== 'fk1') throw new AppFailure('floor.secretUnreadable');
  if (parts[1] !== keyId) throw new AppFailure('floor.keyMismatch');
  try {
    const [iv, tag, body] = parts.slice(2).map((p) => Buffer.from(p, 'base64')) as [Buffer, Buffer, Buffer];
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  } catch {
    throw new AppFailure('floor.secretUnreadable');
  }
}

/** The floor's claimed key id (null while no seat has saved a secret). */
async function floorsKeyId(pool: pg.Pool): Promise<string | null> {
  const r = await pool.query<{ key_id: string }>('SELECT key_id FROM floor_secret_key WHERE id = 1');
  return r.rows[0]?.key_id ?? null;
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

export function createFloorSecretStore(key: FloorKey, pool: pg.Pool, now: () => Date): SecretStore {
  const material = (): { bytes: Buffer; keyId: string } => {
    const bytes = key.bytes();
    if (!bytes || !key.keyId) throw new AppFailure('floor.keyMissing', { problem: key.problem });
    return { bytes, keyId: key.keyId };
  };
  /** Throws unless this seat's key is the floor's (claiming it on the first secret ever saved). */
  const assertFloorsKey = async (keyId: string) => {
    if ((await claimedKeyId(pool, keyId, now)) !== keyId) throw new AppFailure('floor.keyMismatch');
  };
  return {
    kind: 'floorKey',
    protectionNote:
      'Banco central: a senha é cifrada com a chave do banco central, que a equipe de TI instala em cada computador; ' +
      'o banco central guarda apenas o texto cifrado.',
    availability: async () => {
      try {
        // Only looks: opening a settings screen claims nothing, the first saved secret does.
        const { keyId } = material();
        const claimed = await floorsKeyId(pool);
        if (claimed !== null && claimed !== keyId) throw new AppFailure('floor.keyMismatch');
        return { ok: true };
      } catch (e) {
        if (e instanceof AppFailure) return { ok: false, reason: e.message };
        return { ok: false, reason: messageFor('floor.settingsUnreachable') };
      }
    },
    encrypt: async (plain) => {
      const { bytes, keyId } = material();
      await assertFloorsKey(keyId);
      return sealWithFloorKey(bytes, keyId, plain);
    },
    decrypt: async (value) => {
      if (!isFloorEnvelope(value)) throw new AppFailure('floor.secretNotShared');
      const { bytes, keyId } = material();
      return openWithFloorKey(bytes, keyId, value);
    },
  };
}
