import type { SessionUser } from '../../../../shared/ipc/dto/auth';
import { AppFailure } from '../../../../shared/ipc/result';
import type { Db } from '../../db/connection';
import { insertAudit, type FieldChanges } from '../../db/repos/audit.repo';
import { clientExists } from '../../db/repos/client-details.repo';

/**
 * Every change made from the client screen lands in the client's Histórico: entity 'client',
 * the client's id, who did it. Call inside the transaction of the change itself.
 */
export function auditClient(
  db: Db,
  user: SessionUser,
  clientId: number,
  action: string,
  changes: FieldChanges,
  at: string,
): void {
  insertAudit(db, {
    at,
    userId: user.id,
    userName: user.name,
    entity: 'client',
    entityId: clientId,
    action,
    changes,
  });
}

export function assertClientExists(db: Db, clientId: number): void {
  if (!clientExists(db, clientId)) throw new AppFailure('clients.goneSinceSync');
}

/** Throws VALIDATION with the first pt-BR message of a validator's result, if any. */
export function assertValid(errors: Record<string, string | undefined>): void {
  const first = Object.values(errors).find((m) => m !== undefined);
  if (first) throw new AppFailure('input.invalid', { reasons: [first] });
}
