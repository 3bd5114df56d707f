/**
 * Where a history workbook goes. Electron asks the user with a save dialog (electron-save-dialog.ts,
 * injected at start-up); the web shell has no dialog, so it writes a temporary file in the data
 * folder that the browser then downloads.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface ExportTarget {
  path: string;
  /** 'saved': the file is where the user chose; 'download': the renderer fetches it. */
  delivery: 'saved' | 'download';
}

export interface ExportDestination {
  /** Where to write `fileName`; null when the user cancelled the dialog. */
  choose(fileName: string, sessionKey: string): Promise<ExportTarget | null>;
}

const DAY_MS = 86_400_000;

export const exportsDir = (dataDir: string): string => path.join(dataDir, 'exports');

/** Temporary files a closed window never fetched are removed a day later. */
function sweep(dir: string, now: number): void {
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    try {
      if (now - fs.statSync(file).mtimeMs > DAY_MS) fs.rmSync(file, { force: true });
    } catch {
      // Another export may be removing the same file; nothing to do.
    }
  }
}

export function temporaryDestination(dataDir: string): ExportDestination {
  return {
    async choose(fileName) {
      const dir = exportsDir(dataDir);
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      sweep(dir, Date.now());
      const unique = crypto.randomBytes(8).toString('hex');
      return { path: path.join(dir, `${unique}-${fileName}`), delivery: 'download' };
    },
  };
}
