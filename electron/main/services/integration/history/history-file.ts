/**
 * Writes one history workbook to a file on a read-only connection of its own. A plain function
 * over a path, so it runs the same inline or on a job worker (electron/main/workers).
 */
import { once } from 'node:events';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { DateRange } from '../../../../../shared/domain/date-range';
import type { HistoryTableKey } from '../../../../../shared/ipc/dto/integration-tables';
import { writeHistoryWorkbook } from './history-workbook';

export interface HistoryFileInput {
  databasePath: string;
  range: DateRange;
  tables: HistoryTableKey[];
  /** The partial file; the caller renames it once complete. */
  path: string;
  /** Owner-only for a download waiting in the data folder. */
  mode: number | null;
  generatedAt: string;
}

/** null on success; the file system's reason when the file could not be written. */
export async function writeHistoryFile(
  input: HistoryFileInput,
  opts: { signal: AbortSignal; onProgress: (written: number, total: number) => void },
): Promise<{ writeError: string | null }> {
  const inner = new AbortController();
  const abort = () => inner.abort();
  opts.signal.addEventListener('abort', abort, { once: true });
  const out = fs.createWriteStream(input.path, input.mode === null ? {} : { mode: input.mode });
  let writeError: Error | null = null;
  out.on('error', (e) => {
    writeError ??= e;
    inner.abort();
  });
  const db = new Database(input.databasePath, { readonly: true, fileMustExist: true });
  try {
    await once(out, 'open');
    await writeHistoryWorkbook({
      db,
      range: input.range,
      tables: input.tables,
      out,
      generatedAt: new Date(input.generatedAt),
      signal: inner.signal,
      onProgress: opts.onProgress,
    });
    return { writeError: null };
  } catch (e) {
    out.destroy();
    if (writeError) return { writeError: (writeError as Error).message };
    throw e;
  } finally {
    opts.signal.removeEventListener('abort', abort);
    db.close();
  }
}
