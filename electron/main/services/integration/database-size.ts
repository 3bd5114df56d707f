import fs from 'node:fs';

export interface DatabaseSize {
  mainBytes: number;
  walBytes: number;
  totalBytes: number;
}

const sizeOf = (file: string): number => {
  try {
    return fs.statSync(file).size;
  } catch {
    // No WAL file yet (or it was just checkpointed away): it takes no space.
    return 0;
  }
};

/** The SQLite file plus its write-ahead log, which holds recent writes until a checkpoint. */
export function databaseSize(databasePath: string): DatabaseSize {
  const mainBytes = sizeOf(databasePath);
  const walBytes = sizeOf(`${databasePath}-wal`);
  return { mainBytes, walBytes, totalBytes: mainBytes + walBytes };
}
