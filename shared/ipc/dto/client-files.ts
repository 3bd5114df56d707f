/** The Arquivos tab: files attached to a client. */
import type { Page } from './client-paging';

export const DEFAULT_MAX_FILE_BYTES = 25 * 1024 * 1024;

export interface ClientFileRow {
  id: number;
  name: string;
  /** The extension Windows opens the file by, shown apart from the name (which could disguise it). */
  extension: string;
  mime: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
  uploadedByName: string | null;
  /** The bytes are no longer in the data folder (deleted or restored without them). */
  missing: boolean;
}

export interface ClientFilePage extends Page<ClientFileRow, number> {
  /** Largest file the console accepts, so the screen can refuse before reading a huge file. */
  maxBytes: number;
}

export interface ClientFileContent {
  name: string;
  mime: string;
  contentBase64: string;
}

/** "1,5 MB" — sizes as an agent reads them. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toLocaleString('pt-BR', { maximumFractionDigits: 1 })} ${units[unit]}`;
}
