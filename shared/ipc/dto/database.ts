export interface DatabaseHealth {
  /** Damage was found (an SQLITE_CORRUPT answer or a failed quick_check): nothing is written. */
  corrupt: boolean;
  /** What SQLite reported, for support. */
  detail: string | null;
  /** When the background quick_check last finished (ISO), null before it ran. */
  checkedAt: string | null;
}

export interface BackupEntry {
  fileName: string;
  createdAt: string;
  sizeBytes: number;
  /** "diário", "antes da migração", "antes de restaurar", "manual". */
  reason: string;
}

export interface RestoreResult {
  restored: string;
  /** Where the damaged file was kept, for support. */
  keptAside: string;
}
