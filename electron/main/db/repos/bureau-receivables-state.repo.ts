import type { Db } from '../connection';

export interface StateTotals {
  total: number;
  amountCents: number;
}

/** Records what the bureau acknowledged: it upserts by key, so this mirror does too. */
export function stateUpserter(
  db: Db,
): (chave: string, amountCents: number, loteId: string, at: string) => void {
  const stmt = db.prepare(
    `INSERT INTO bureau_receivables_state (chave, amount_cents, lote_id, acked_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (chave) DO UPDATE SET amount_cents = excluded.amount_cents, lote_id = excluded.lote_id,
       acked_at = excluded.acked_at`,
  );
  return (chave, amountCents, loteId, at) => void stmt.run(chave, amountCents, loteId, at);
}

export function stateTotals(db: Db): StateTotals {
  const row = db
    .prepare(
      'SELECT count(*) AS total, coalesce(sum(amount_cents), 0) AS amountCents FROM bureau_receivables_state',
    )
    .get() as StateTotals;
  return row;
}

/** Every acknowledged key in byte order (= code-unit order for the ASCII keys the ERP uses). */
export function stateKeysInOrder(db: Db): IterableIterator<string> {
  return db
    .prepare('SELECT chave FROM bureau_receivables_state ORDER BY chave')
    .pluck()
    .iterate() as IterableIterator<string>;
}
