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
import { flushOrderDecisions, LOCAL_OUTBOX_WRITE, type OutboxWrite } from '../credit-release/decision-outbox';
import type { JobLease } from '../../floor/jobs/job-leases';
import { floorWrite } from '../../floor/replication/floor-write';
import type { PushContext } from '../../floor/replication/replicated-table';

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
  // Credit changes, Liberação de crédito decisions and register edits: floor-wide in floor mode.
  const shared = await flushShared(core, erp);
  done.sent += shared.sent;
  done.problem ??= shared.problem;
  return done;
}

/** The lease the shared part of the ERP outbox is sent under in floor mode (one seat at a time). */
export const ERP_OUTBOX_LEASE = 'erp-outbox';

/** Inside the central transaction of an outbox write: refused once another seat took the lease. */
export const leaseFence =
  (lease: Pick<JobLease, 'job' | 'token'>) =>
  async (query: PushContext['query']): Promise<void> => {
    const { rows } = await query(
      'SELECT fencing_token, holder_name FROM job_leases WHERE job = $1 FOR SHARE',
      [lease.job],
    );
    const row = rows[0] as { fencing_token: unknown; holder_name: string } | undefined;
    if (Number(row?.fencing_token) !== lease.token)
      throw new AppFailure('floor.leaseLost', { holder: row?.holder_name ?? null });
  };

/**
 * Credit changes, order decisions and register edits. Embedded: sent from the local outbox,
 * each mark written locally. Floor mode: the outbox rows are the floor's (central, followed by
 * every cache); one seat at a time sends them, under the `erp-outbox` job lease, after catching
 * up with the feed (a previous holder's marks); every mark is a shared write fenced by the
 * lease, so a holder that froze and lost the lease writes nothing. A holder that dies between the ERP's answer and its
 * mark leaves the row pending: the next holder sends it again with the same Idempotency-Key, and
 * the ERP answers the first result without applying it twice.
 */
async function flushShared(core: Core, erp: ErpGateway): Promise<OutboxFlush> {
  if (core.floor.mode !== 'floor' || !core.floor.pool) return sendShared(core, erp, LOCAL_OUTBOX_WRITE);
  const r = await core.jobLeases.runOncePerFloor(
    ERP_OUTBOX_LEASE,
    async (lease) => {
      await core.replicator.pullNow();
      return sendShared(core, erp, {
        central: true,
        signal: lease.signal,
        run: (fn) => floorWrite(core, fn, { fence: leaseFence(lease) }),
      });
    },
    { slot: null },
  );
  return r.ran ? r.value : { sent: 0, problem: null };
}

async function sendShared(core: Core, erp: ErpGateway, write: OutboxWrite): Promise<OutboxFlush> {
  const done: OutboxFlush = { sent: 0, problem: null };
  for (const o of listPendingCreditOutbox(core.db, BATCH)) {
    if (write.signal?.aborted) break;
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
    } catch (e) {
      await write.run(() => markCreditOutboxFailed(core.db, o.id, reasonOf(e))).catch(() => undefined);
      done.problem ??= reasonOf(e);
      break;
    }
    try {
      await write.run(() => markCreditOutboxSent(core.db, o.id, core.now().toISOString()));
    } catch (e) {
      // Sent but not marked (lease lost, central database gone): the next holder resends it
      // with the same key, which the ERP answers without a second effect.
      done.problem ??= reasonOf(e);
      break;
    }
    // The "aguardando confirmação do ERP" mark goes away on every open screen of this client.
    emitClientChanged(core, o.client_id, ['credit']);
    done.sent += 1;
  }
  if (write.signal?.aborted) return done;
  // Liberação de crédito: releases and rejections of blocked orders.
  const decisions = await flushOrderDecisions(core, erp, write);
  done.sent += decisions.sent;
  done.problem ??= decisions.problem;
  if (write.signal?.aborted) return done;
  // Register and address edits of ERP-owned fields (client screen).
  const edits = await flushClientEdits(core, erp, write);
  done.sent += edits.sent;
  done.problem ??= edits.problem;
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
