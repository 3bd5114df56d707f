import type Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { SharedSchema } from '../shared-schema';

/** One part of the one-time import of an embedded desktop's shared data into an empty floor. */
export interface FloorImportStep {
  /** Stable id, e.g. 'accounts'. */
  readonly id: string;
  /** pt-BR label for the import report, e.g. 'Usuários e grupos'. */
  readonly label: string;
  /** Copies this desktop's rows into the central database inside the given transaction. */
  run(local: Database.Database, central: Kysely<SharedSchema>): Promise<{ rows: number }>;
}
