import { randomUUID } from 'node:crypto';
import type { SessionUser } from '../../../../shared/ipc/dto/auth';
import type { CreditStatus } from '../../../../shared/ipc/dto/clients';
import type { CreditUpdateResult } from '../../../../shared/ipc/dto/credit';
import { checkCreditChange, needsIncreaseConfirmation } from '../../../../shared/domain/credit';
import { formatBRL } from '../../../../shared/domain/money';
import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import { insertAudit, type FieldChanges } from '../../db/repos/audit.repo';
import { getQuery } from '../../db/repos/bureau-queries.repo';
import { getClientRecord, toClient, type ClientRecord } from '../../db/repos/clients.repo';
import { insertCreditOutbox } from '../../db/repos/credit-outbox.repo';
import { updateClientCredit } from '../../db/repos/credit.repo';
import { emitClientChanged } from '../clients/client-events';
import { mapDecision } from '../../gateways/bureau/mappers/decision.mapper';
import { creditAllowance } from './credit-policy.service';
import { parseRaw } from './query-detail';
import { checkSubject } from './subject-check';
import { flushToErp } from './erp-sync';

export interface CreditUpdateInput {
  clientId: number;
  creditLimitCents: number;
  creditStatus: CreditStatus;
  expectedCreditLimitCents: number;
  bureauQueryId: number | null;
  /** The agent saw the size of a big jump and confirmed it. */
  confirmLargeIncrease: boolean;
}

function checkBureauQuery(core: Core, clientId: number, id: number | null): void {
  if (id === null) return;
  const q = getQuery(core.db, id);
  if (!q || q.client_id !== clientId || q.status !== 'succeeded') {
    throw new AppFailure('credit.queryNotThisClient');
  }
  const client = getClientRecord(core.db, clientId);
  const decision = q.raw_result === null ? null : mapDecision(parseRaw(q.raw_result));
  if (client && !checkSubject(client, decision).matches) {
    throw new AppFailure('credit.bureauLinkOtherSubject');
  }
}

function changesOf(client: ClientRecord, input: CreditUpdateInput): FieldChanges {
  const changes: FieldChanges = {};
  if (client.credit_limit_cents !== input.creditLimitCents) {
    changes.creditLimitCents = { before: client.credit_limit_cents, after: input.creditLimitCents };
  }
  if (client.credit_status !== input.creditStatus) {
    changes.creditStatus = { before: client.credit_status, after: input.creditStatus };
  }
  if (input.bureauQueryId !== null) changes.bureauQueryId = { before: null, after: input.bureauQueryId };
  return changes;
}

function checkIncrease(core: Core, user: SessionUser, client: ClientRecord, input: CreditUpdateInput): void {
  const allowance = creditAllowance(core, user, client.id);
  const check = checkCreditChange(client.credit_limit_cents, input.creditLimitCents, allowance, formatBRL);
  if (!check.ok) throw new AppFailure('credit.increaseRefused', { reason: check.reason });
  if (
    needsIncreaseConfirmation(check.increaseCents, allowance.confirmAboveCents) &&
    !input.confirmLargeIncrease
  ) {
    const suggested = input.bureauQueryId
      ? (getQuery(core.db, input.bureauQueryId)?.suggested_limit_cents ?? null)
      : allowance.suggestedLimitCents;
    throw new AppFailure('credit.confirmLargeIncrease', {
      currentCents: client.credit_limit_cents,
      newCents: input.creditLimitCents,
      suggestedCents: suggested,
    });
  }
}

/**
 * Edição de situação/Limite de crédito: the local change, the ERP write-back in the outbox and
 * the audit row commit together or not at all. The group's cap limits the increases one agent
 * makes on one client over a rolling 24 h; a big jump needs an explicit confirmation.
 */
export function updateCredit(core: Core, user: SessionUser, input: CreditUpdateInput): CreditUpdateResult {
  const client = getClientRecord(core.db, input.clientId);
  if (!client) throw new AppFailure('clients.notFound');
  checkBureauQuery(core, client.id, input.bureauQueryId);
  const changes = changesOf(client, input);
  if (!changes.creditLimitCents && !changes.creditStatus) {
    throw new AppFailure('credit.nothingChanged');
  }
  const at = core.now().toISOString();
  const outboxId = core.db.transaction(() => {
    // Inside the transaction: the 24 h budget read and the change that spends it are one step.
    checkIncrease(core, user, client, input);
    const updated = updateClientCredit(core.db, {
      clientId: client.id,
      expectedLimitCents: input.expectedCreditLimitCents,
      limitCents: input.creditLimitCents,
      status: input.creditStatus,
      at,
    });
    if (!updated) {
      throw new AppFailure('credit.limitChangedMeanwhile');
    }
    const id = insertCreditOutbox(core.db, {
      idempotencyKey: randomUUID(),
      clientId: client.id,
      erpCode: client.erp_code,
      limitCents: input.creditLimitCents,
      status: input.creditStatus,
      bureauQueryId: input.bureauQueryId,
      userId: user.id,
      at,
    });
    insertAudit(core.db, {
      at,
      userId: user.id,
      userName: user.name,
      entity: 'client',
      entityId: client.id,
      action: 'Situação/limite de crédito alterados',
      changes,
    });
    return id;
  })();
  emitClientChanged(core, client.id, ['credit']);
  void flushToErp(core);
  return { client: toClient(getClientRecord(core.db, client.id) as ClientRecord), outboxId };
}
