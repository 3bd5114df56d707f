/**
 * Floor mode: before the 90-day prompt or the client's query list is shown, this seat copies the
 * floor's settled queries of the client (any seat's) into its local ledger, with the full stored
 * result, so "consultado há N dias" and the decision view work exactly as for its own queries.
 * Pending rows stay on their seat (they are shown once settled).
 */
import type { Core } from '../../core-types';
import { sharedDb } from '../../floor/floor-link';

export async function pullClientLedger(core: Core, clientId: number, document: string): Promise<void> {
  if (!core.floor.pool) return;
  const rows = await sharedDb(core)
    .selectFrom('bureau_queries')
    .selectAll()
    .where('document', '=', document)
    .where('status', '<>', 'pending')
    .execute();
  const at = core.now().toISOString();
  const upsert = core.db.prepare(
    `INSERT INTO bureau_queries (idempotency_key, client_id, document, person_type, product_id, product_name,
       user_id, user_name, status, requested_at, finished_at, error_code, error_message, raw_result,
       bureau_query_id, score, risk, classification, suggested_limit_cents, approved, opinion, partial,
       reused, receivables_note, erp_posted_at)
     VALUES (@idempotency_key, @client_id, @document, @person_type, @product_id, @product_name,
       NULL, @user_name, @status, @requested_at, @finished_at, @error_code, @error_message, @raw_result,
       @bureau_query_id, @score, @risk, @classification, @suggested_limit_cents, @approved, @opinion, @partial,
       @reused, @receivables_note, @erp_posted_at)
     ON CONFLICT (idempotency_key) DO UPDATE SET status = excluded.status, finished_at = excluded.finished_at,
       error_code = excluded.error_code, error_message = excluded.error_message, raw_result = excluded.raw_result,
       bureau_query_id = excluded.bureau_query_id, score = excluded.score, risk = excluded.risk,
       classification = excluded.classification, suggested_limit_cents = excluded.suggested_limit_cents,
       approved = excluded.approved, opinion = excluded.opinion, partial = excluded.partial
     WHERE bureau_queries.status = 'unknown' AND excluded.status = 'succeeded'`,
  );
  core.db.transaction(() => {
    for (const r of rows) {
      upsert.run({
        ...r,
        // This seat's id for the client; the user is another seat's cache id, so only the name is kept.
        client_id: clientId,
        // The seat that made the query posts it to the ERP; this copy has nothing to post.
        erp_posted_at: r.erp_posted_at ?? at,
      });
    }
  })();
}
