/** The Arquivos tab: files attached to a client. */
import type { Page } from './client-paging';

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
