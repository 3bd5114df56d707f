/**
 * The import of this desktop's console-owned client records (contacts, activities and their
 * participants, tickets, files with their bytes, Histórico, quick notes, the console's own
 * Detalhes fields) and its edits of ERP-owned fields still waiting for the ERP (or showing its
 * refusal) into an empty floor.
 * Same ids as on the desktop, so the Histórico and the e-mail outbox keep pointing at them.
 */
import path from 'node:path';
import type Database from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import { readBlob } from '../../services/clients/client-file-store';
import { clientRecordTables } from '../replication/client-record-tables';
import { erpEditTables } from '../replication/erp-edit-tables';
import type { Row } from '../replication/replicated-table';
import type { SharedSchema } from '../shared-schema';
import type { FloorImportStep } from './import-step';

/** Rows per INSERT: well under PostgreSQL's 65,535 parameters for the widest table. */
const CHUNK = 500;

export async function insertRows(
  central: Kysely<SharedSchema>,
  table: string,
  columns: readonly string[],
  rows: Row[],
) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const values = chunk.map((r) => sql`(${sql.join(columns.map((c) => r[c] ?? null))})`);
    await sql`INSERT INTO ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))}) VALUES ${sql.join(values)}`.execute(
      central,
    );
  }
}

export const clientRecordsImportStep: FloorImportStep = {
  id: 'client-records',
  label:
    'Contatos, atividades, chamados, arquivos, notas, dados do cadastro (próprios e aguardando o ERP) e Histórico dos clientes',
  async run(local, central) {
    let total = 0;
    let maxId = 0;
    for (const t of [...clientRecordTables, ...erpEditTables]) {
      const cols = t.columns.map((c) => `"${c}"`).join(', ');
      // 'columns' tables: only the rows whose values differ from a row the floor has nothing for.
      const cleared = t.cleared ?? {};
      const valueColumns = t.columns.filter((c) => !t.key.includes(c));
      const where =
        t.mode === 'columns' ? ` WHERE ${valueColumns.map((c) => `"${c}" IS NOT @${c}`).join(' OR ')}` : '';
      const params = Object.fromEntries(valueColumns.map((c) => [c, cleared[c] ?? '']));
      const select = local.prepare(`SELECT ${cols} FROM "${t.local}"${where}`);
      const rows = (t.mode === 'columns' ? select.all(params) : select.all()) as Row[];
      await insertRows(central, t.pg, t.columns, rows);
      total += rows.length;
      if (t.placeholder) for (const r of rows) maxId = Math.max(maxId, Number(r.id));
      if (t.pg === 'client_files') await importBlobs(local, central, rows);
    }
    // New ids are handed out above every imported one.
    await sql`SELECT setval('floor_row_ids', GREATEST((SELECT last_value FROM floor_row_ids), ${Math.ceil((maxId + 1) / 100) * 100}))`.execute(
      central,
    );
    return { rows: total };
  },
};

/** The bytes of every attached file this desktop still has (a missing one stays "missing"). */
async function importBlobs(local: Database.Database, central: Kysely<SharedSchema>, files: Row[]) {
  const dataDir = path.dirname(local.name);
  for (const sha256 of new Set(files.map((f) => String(f.sha256)))) {
    const bytes = readBlob(dataDir, sha256);
    if (!bytes) continue;
    await central
      .insertInto('client_file_blobs')
      .values({ sha256, bytes })
      .onConflict((oc) => oc.column('sha256').doNothing())
      .execute();
  }
}
