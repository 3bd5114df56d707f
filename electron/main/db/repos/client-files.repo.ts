import type { Db } from '../connection';
import { prepared } from './client-statements.repo';

export interface ClientFileRecord {
  id: number;
  client_id: number;
  name: string;
  mime: string;
  size_bytes: number;
  sha256: string;
  uploaded_at: string;
  uploaded_by: number | null;
  uploaded_by_name: string | null;
}

export const CLIENT_FILES_PAGE_SQL =
  'SELECT * FROM client_files WHERE client_id = ? AND id < ? ORDER BY id DESC LIMIT ?';

/** Newest first, keyset on id through client_files_client. */
export function listClientFiles(
  db: Db,
  clientId: number,
  beforeId: number,
  limit: number,
): ClientFileRecord[] {
  return prepared(db, CLIENT_FILES_PAGE_SQL).all(clientId, beforeId, limit) as ClientFileRecord[];
}

export function countClientFiles(db: Db, clientId: number): number {
  return (
    prepared(db, 'SELECT count(*) AS n FROM client_files WHERE client_id = ?').get(clientId) as { n: number }
  ).n;
}

export function getClientFile(db: Db, id: number): ClientFileRecord | undefined {
  return prepared(db, 'SELECT * FROM client_files WHERE id = ?').get(id) as ClientFileRecord | undefined;
}

export function insertClientFile(db: Db, f: Omit<ClientFileRecord, 'id'>): number {
  return Number(
    prepared(
      db,
      `INSERT INTO client_files (client_id, name, mime, size_bytes, sha256, uploaded_at, uploaded_by, uploaded_by_name)
       VALUES (@client_id, @name, @mime, @size_bytes, @sha256, @uploaded_at, @uploaded_by, @uploaded_by_name)`,
    ).run(f).lastInsertRowid,
  );
}

export function deleteClientFile(db: Db, id: number): void {
  prepared(db, 'DELETE FROM client_files WHERE id = ?').run(id);
}

export function countFilesWithContent(db: Db, sha256: string): number {
  return (
    prepared(db, 'SELECT count(*) AS n FROM client_files WHERE sha256 = ?').get(sha256) as { n: number }
  ).n;
}
