/** better-sqlite3 throws SqliteError with SQLite's extended code, e.g. SQLITE_CORRUPT_INDEX. */
export function isCorruptionError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}
