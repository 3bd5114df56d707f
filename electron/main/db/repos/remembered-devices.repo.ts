import type { Db } from '../connection';

export interface RememberedDevice {
  tokenHash: string;
  userId: number;
  osUser: string;
  createdAt: string;
  expiresAt: string;
}

export function insertRememberedDevice(db: Db, d: RememberedDevice): void {
  db.prepare(
    `INSERT INTO remembered_devices (token_hash, user_id, os_user, created_at, expires_at)
     VALUES (?, ?, ?, ?, ?)`,
  ).run(d.tokenHash, d.userId, d.osUser, d.createdAt, d.expiresAt);
}

/** The user a live token belongs to, for this OS user only. */
export function findRememberedUser(db: Db, tokenHash: string, osUser: string, at: string): number | null {
  const row = db
    .prepare('SELECT user_id FROM remembered_devices WHERE token_hash = ? AND os_user = ? AND expires_at > ?')
    .get(tokenHash, osUser, at) as { user_id: number } | undefined;
  return row?.user_id ?? null;
}

export function deleteRememberedDevice(db: Db, tokenHash: string): void {
  db.prepare('DELETE FROM remembered_devices WHERE token_hash = ?').run(tokenHash);
}

export function deleteRememberedDevicesOfUser(db: Db, userId: number): number {
  return db.prepare('DELETE FROM remembered_devices WHERE user_id = ?').run(userId).changes;
}

export function deleteExpiredRememberedDevices(db: Db, at: string): void {
  db.prepare('DELETE FROM remembered_devices WHERE expires_at <= ?').run(at);
}
