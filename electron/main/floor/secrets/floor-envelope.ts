/**
 * The floor's secret envelope: AES-256-GCM under the floor key,
 * `fk1:<keyId>:<iv>:<tag>:<ciphertext>` (base64). The key id tells keys apart (rotation).
 */
import crypto from 'node:crypto';
import { AppFailure } from '../../../../shared/ipc/result';

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
