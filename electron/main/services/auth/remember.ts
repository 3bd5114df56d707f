import crypto from 'node:crypto';
import os from 'node:os';
import type { Core } from '../../core-types';
import {
  deleteExpiredRememberedDevices,
  deleteRememberedDevice,
  deleteRememberedDevicesOfUser,
  findRememberedUser,
  insertRememberedDevice,
} from '../../db/repos/remembered-devices.repo';
import type { DeviceSlot } from './device-slot';

export const REMEMBER_DAYS = 30;

const hashToken = (token: string): string => crypto.createHash('sha256').update(token).digest('hex');

/** The OS account running the console: a database copied to another Windows user logs nobody in. */
const osUser = (): string => {
  try {
    return os.userInfo().username;
  } catch {
    return '';
  }
};

async function tokenIn(core: Core, slot: DeviceSlot): Promise<string | null> {
  const sealed = slot.read();
  if (!sealed) return null;
  try {
    return await core.secrets.decrypt(sealed);
  } catch {
    // Sealed by another OS user, profile or installation: it can never be read here.
    slot.clear();
    return null;
  }
}

/**
 * "Manter conectado" for this window profile only: a random token sealed by the secret store
 * goes to the profile's slot, its hash to the database with the user, the OS user and expiry.
 */
export async function rememberDevice(core: Core, slot: DeviceSlot, userId: number): Promise<void> {
  await forgetDevice(core, slot);
  const now = core.now();
  const token = crypto.randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + REMEMBER_DAYS * 86_400_000);
  insertRememberedDevice(core.db, {
    tokenHash: hashToken(token),
    userId,
    osUser: osUser(),
    createdAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
  });
  slot.write(await core.secrets.encrypt(token), REMEMBER_DAYS * 86_400);
}

/** The user this profile's token stands for, or null (no token, expired, other OS user). */
export async function rememberedUser(core: Core, slot: DeviceSlot): Promise<number | null> {
  const token = await tokenIn(core, slot);
  if (!token) return null;
  const at = core.now().toISOString();
  deleteExpiredRememberedDevices(core.db, at);
  const userId = findRememberedUser(core.db, hashToken(token), osUser(), at);
  if (userId === null) slot.clear();
  return userId;
}

export async function forgetDevice(core: Core, slot: DeviceSlot): Promise<void> {
  const token = await tokenIn(core, slot);
  if (token) deleteRememberedDevice(core.db, hashToken(token));
  slot.clear();
}

/** "Sair de todos os dispositivos": no remembered profile of this user logs in again. */
export const forgetAllDevicesOf = (core: Core, userId: number): number =>
  deleteRememberedDevicesOfUser(core.db, userId);
