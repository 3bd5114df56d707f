import path from 'node:path';
import Database from 'better-sqlite3';
import type { SubjectDirectory } from '../../../tools/simulators/bureau/server';

/**
 * The bureau simulator's directory of subjects for an e2e shell: the names of the clients in the
 * shell's own database (read-only), so a Deps answer is about the client that was queried.
 */
export function shellSubjects(dataDir: () => string): SubjectDirectory {
  let db: Database.Database | null = null;
  return (documento) => {
    db ??= new Database(path.join(dataDir(), 'central.sqlite'), { readonly: true, fileMustExist: true });
    const row = db
      .prepare('SELECT legal_name, trade_name FROM clients WHERE document = ? LIMIT 1')
      .get(documento) as { legal_name: string; trade_name: string | null } | undefined;
    return row ? { nome: row.legal_name, nomeFantasia: row.trade_name } : undefined;
  };
}
