/** Worker side of Histórico → Download: exceljs builds the workbook off the main thread. */
import { writeHistoryFile, type HistoryFileInput } from '../../services/integration/history/history-file';
import type { TaskContext } from '../worker-runtime';

const PROGRESS_EVERY_MS = 100;

export function historyExportTask(
  input: HistoryFileInput,
  ctx: TaskContext,
): Promise<{ writeError: string | null }> {
  let last = 0;
  return writeHistoryFile(input, {
    signal: ctx.signal,
    onProgress: (written, total) => {
      const now = Date.now();
      if (now - last < PROGRESS_EVERY_MS && written < total) return;
      last = now;
      ctx.progress([written, total]);
    },
  });
}
