import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { OWNER_ONLY_DIR, OWNER_ONLY_FILE } from '../../data-dir-modes';

/**
 * Attached files live in <dataDir>/files/<sha256>: the name is the content's hash, so the same
 * bytes attached twice are stored once and a file can never be silently swapped for another.
 */
export const filesDir = (dataDir: string): string => path.join(dataDir, 'files');
export const blobPath = (dataDir: string, sha256: string): string => path.join(filesDir(dataDir), sha256);

export const sha256Of = (bytes: Buffer): string => crypto.createHash('sha256').update(bytes).digest('hex');

/** Writes through a temporary name and a rename, so a crash never leaves half a file under a hash. */
export function writeBlob(dataDir: string, bytes: Buffer): string {
  const sha256 = sha256Of(bytes);
  const target = blobPath(dataDir, sha256);
  if (fs.existsSync(target)) return sha256;
  fs.mkdirSync(filesDir(dataDir), { recursive: true, mode: OWNER_ONLY_DIR });
  const temp = `${target}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
  fs.writeFileSync(temp, bytes, { mode: OWNER_ONLY_FILE });
  fs.renameSync(temp, target);
  return sha256;
}

/** The bytes, or null when the file is gone or no longer matches its hash. */
export function readBlob(dataDir: string, sha256: string): Buffer | null {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(blobPath(dataDir, sha256));
  } catch {
    return null;
  }
  return sha256Of(bytes) === sha256 ? bytes : null;
}

export const blobExists = (dataDir: string, sha256: string): boolean =>
  fs.existsSync(blobPath(dataDir, sha256));

export function removeBlob(dataDir: string, sha256: string): void {
  fs.rmSync(blobPath(dataDir, sha256), { force: true });
}
