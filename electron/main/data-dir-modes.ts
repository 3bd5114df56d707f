import fs from 'node:fs';

/** Windows has no POSIX modes (the profile's ACL protects the data folder there). */
const hasModes = process.platform !== 'win32';

/**
 * The data folder holds the client cache, sessions' tokens and sealed secrets: owner-only
 * (0700 folder, 0600 files) whatever the umask. The database file is created here, before
 * SQLite opens it, because SQLite gives its -wal and -shm files the database file's mode.
 * Files left readable by an older version are tightened too.
 */
export function protectDataFolder(dataDir: string, databasePath: string): void {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (!hasModes) return;
  fs.chmodSync(dataDir, 0o700);
  if (!fs.existsSync(databasePath)) fs.closeSync(fs.openSync(databasePath, 'wx', 0o600));
  for (const file of [
    databasePath,
    `${databasePath}-wal`,
    `${databasePath}-shm`,
    `${databasePath}-journal`,
  ]) {
    if (fs.existsSync(file)) fs.chmodSync(file, 0o600);
  }
}

/** For folders and files the console writes inside the data folder later (attachments). */
export const OWNER_ONLY_DIR = 0o700;
export const OWNER_ONLY_FILE = 0o600;
