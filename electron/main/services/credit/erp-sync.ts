import os from 'node:os';
import { CREDIT_STATUS_LABEL } from '../../../../shared/domain/credit';
import { formatBRL } from '../../../../shared/domain/money';
import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import {
  listUnpostedQueries,
  markQueryPosted,
  type BureauQueryRecord,
} from '../../db/repos/bureau-queries.repo';
import {
  listPendingCreditOutbox,
  markCreditOutboxFailed,
  markCreditOutboxSent,
} from '../../db/repos/credit-outbox.repo';
import { getUserById } from '../../db/repos/users.repo';
import type { ErpActor, ErpGateway } from '../../gateways/erp/erp-gateway';
import { log } from '../../log';
import { emitClientChanged } from '../clients/client-events';
import { erpGatewayFor } from '../erp/erp-link';
import { encodeErpSummary } from './query-summary';
import { hasWaitingErpEdits } from '../../db/repos/client-erp-edits.repo';
import { flushClientEdits } from '../clients/erp-writeback.service';
import { hasPendingDecisions } from '../../db/repos/credit-order-decisions.repo';
import { flushOrderDecisions } from '../credit-release/decision-outbox';

const BATCH = 50;
/** Names this desktop in the ERP's shared query list ("consultado por Ana em ATENDIMENTO-03"). */
export const desktopName = (): string => os.hostname();

function actor(core: Core, userId: number | null, fallbackName: string): ErpActor {
  const user = userId === null ? undefined : getUserById(core.db, userId);
  return { login: user?.login ?? 'desconhecido', name: user?.name ?? fallbackName };
}

const reasonOf = (e: unknown): string => (e instanceof AppFailure ? e.message : 'falha inesperada');

async function postQuery(core: Core, erp: ErpGateway, r: BureauQueryRecord): Promise<void> {
  await erp.recordBureauQuery({
    document: r.document,
    queriedAt: r.requested_at,
    queriedBy: actor(core, r.user_id, r.user_name),
    desktop: desktopName(),
    product: r.product_id,
    resultSummary: encodeErpSummary(r),
    idempotencyKey: r.idempotency_key,
  });
  markQueryPosted(core.db, r.id, core.now().toISOString());
}

/** What one flush did: rows the ERP accepted, and why the rest waits (null: nothing waits). */
export interface OutboxFlush {
  sent: number;
  problem: string | null;
}

export const hasErpOutbox = (core: Core): boolean =>
  listUnpostedQueries(core.db, 1).length > 0 ||
  listPendingCreditOutbox(core.db, 1).length > 0 ||
  hasWaitingErpEdits(core.db) ||
  hasPendingDecisions(core.db);

async function flush(core: Core): Promise<OutboxFlush> {
  const done: OutboxFlush = { sent: 0, problem: null };
  const erp = await erpGatewayFor(core);
  if (!erp) return done;
  for (const r of listUnpostedQueries(core.db, BATCH)) {
    try {
      await postQuery(core, erp, r);
      done.sent += 1;
    } catch (e) {
      log.warn(`consulta ${r.id} ainda não registrada no ERP: ${reasonOf(e)}`);
      done.problem = reasonOf(e);
      break;
    }
  }
  for (const o of listPendingCreditOutbox(core.db, BATCH)) {
    try {
      await erp.updateCredit(o.erp_code, {
        creditStatus: o.credit_status,
        creditLimitCents: o.credit_limit_cents,
        changedBy: actor(core, o.user_id, 'Central de Atendimento'),
        reason:
          `Central de Atendimento: limite ${formatBRL(o.credit_limit_cents)}, ` +
          `situação ${CREDIT_STATUS_LABEL[o.credit_status]}` +
          (o.bureau_query_id ? ` (consulta Deps #${o.bureau_query_id})` : ''),
        idempotencyKey: o.idempotency_key,
      });
      markCreditOutboxSent(core.db, o.id, core.now().toISOString());
      // The "aguardando confirmação do ERP" mark goes away on every open screen of this client.
      emitClientChanged(core, o.client_id, ['credit']);
      done.sent += 1;
    } catch (e) {
      markCreditOutboxFailed(core.db, o.id, reasonOf(e));
      done.problem ??= reasonOf(e);
      break;
    }
  }
  // Register and address edits of ERP-owned fields (client screen).
  const edits = await flushClientEdits(core, erp);
  done.sent += edits.sent;
  done.problem ??= edits.problem;
  // Liberação de crédito: releases and rejections of blocked orders.
  const decisions = await flushOrderDecisions(core, erp);
  done.sent += decisions.sent;
  done.problem ??= decisions.problem;
  return done;
}

/**
 * Pushes what the ERP must know (query records for the other desktops, credit write-backs).
 * Both carry idempotency keys, so a send repeated after a timeout has a single effect; a
 * failure leaves the rest for the next call. Flushes of one core run one after the other.
 */
export function flushToErp(core: Core): Promise<OutboxFlush> {
  // Chained, not parallel: two flushes must never send the same outbox row at the same time.
  const next = core.state.erpFlush
    .then(() => flush(core))
    .catch((e: unknown): OutboxFlush => {
      log.warn(`envio ao ERP adiado: ${reasonOf(e)}`);
      return { sent: 0, problem: reasonOf(e) };
    });
  core.state.erpFlush = next.then(() => undefined);
  return next;
}
