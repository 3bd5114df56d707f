import type { CreditStatus } from '../../../../shared/ipc/dto/clients';
import type { Db } from '../connection';

/**
 * Compare-and-set on the limit the agent saw, so a change made meanwhile (another window, the
 * ERP sync) is refused instead of silently overwritten. Returns false when nothing matched.
 */
export function updateClientCredit(
  db: Db,
  c: { clientId: number; expectedLimitCents: number; limitCents: number; status: CreditStatus; at: string },
): boolean {
  return (
    db
      .prepare(
        `UPDATE clients SET credit_limit_cents = @limitCents, credit_status = @status, updated_at = @at
         WHERE id = @clientId AND credit_limit_cents = @expectedLimitCents`,
      )
      .run(c).changes === 1
  );
}

/** The ERP's own credit values (a live answer) on the local register; returns whether any changed. */
export function applyErpCredit(
  db: Db,
  c: { clientId: number; limitCents: number; availableCents: number; status: CreditStatus },
): boolean {
  return (
    db
      .prepare(
        `UPDATE clients SET credit_limit_cents = @limitCents, available_balance_cents = @availableCents,
           credit_status = @status
         WHERE id = @clientId AND (credit_limit_cents <> @limitCents OR available_balance_cents <> @availableCents
           OR credit_status <> @status)`,
      )
      .run(c).changes === 1
  );
}
