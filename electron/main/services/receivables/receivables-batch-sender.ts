/**
 * Sends one batch of receivables to the bureau and records every HTTP request. On 200 the
 * acknowledgement is checked against the batch's control totals and stored, with the request
 * row and the local mirror of the bureau's state, in ONE transaction together with the
 * caller's checkpoint. 5xx, 429 and unanswered requests are retried with the same `loteId` and
 * the same rows (the bureau is idempotent by both); rows the bureau refuses (422) are handed to
 * the caller and the batch goes again without them.
 */
import { AppFailure } from '../../../../shared/ipc/result';
import type { Db } from '../../db/connection';
import { stateUpserter } from '../../db/repos/bureau-receivables-state.repo';
import { insertBureauReceivablesRequest } from '../../db/repos/bureau-receivables-requests.repo';
import type { BureauClient } from '../../gateways/bureau/bureau-client';
import {
  controlTotals,
  hashKeys,
  RECEIVABLES_BATCH_ENDPOINT,
  type ReceivableRowPayload,
} from './receivables-payload';
import { withRetry, type RetryPolicy } from '../../gateways/resilience';
import { cancelled } from './receivables-retry';

/** A 5xx, timeout or lost connection: the same batch (same loteId) may be sent again. */
class TransientAnswer extends Error {}

export interface BatchAck {
  loteId: string;
  recebidos: number;
  somaCentavos: number;
  hashChaves: string;
}

export interface ConfirmedBatch {
  ack: BatchAck;
  /** The rows the bureau stored (the batch minus the refused ones). */
  rows: ReceivableRowPayload[];
  rejected: number;
  /** The request row of the acknowledged send; null when nothing was left to send. */
  requestId: number | null;
  at: string;
}

export interface RowRejection {
  /** Index into the rows handed to `send`. */
  index: number;
  reason: string;
}

export interface SendOptions {
  runId: number | null;
  retry: RetryPolicy;
  signal?: AbortSignal;
  /** Runs inside the transaction that stores the acknowledgement. */
  onConfirmed?: (batch: ConfirmedBatch) => void;
  /** Runs inside the transaction that records the refusal. */
  onRejected?: (rejections: RowRejection[]) => void;
}

export interface BatchSender {
  send(loteId: string, rows: ReceivableRowPayload[], opts: SendOptions): Promise<ConfirmedBatch>;
}

interface Answer {
  status: number | null;
  body: unknown;
  failure: AppFailure | null;
}

const transient = (a: Answer): boolean =>
  a.status === null
    ? a.failure !== null &&
      ['BUREAU_AMBIGUOUS', 'BUREAU_UNREACHABLE', 'BUREAU_SERVER_ERROR'].includes(a.failure.code)
    : a.status >= 500 || a.status === 429;

function refusal(a: Answer): AppFailure {
  if (a.failure) return a.failure;
  const body = a.body as { mensagem?: unknown } | null;
  const serverMessage = typeof body?.mensagem === 'string' ? body.mensagem : null;
  return new AppFailure('receivables.bureauAnswered', { status: a.status, serverMessage });
}

function readAck(body: unknown): BatchAck | null {
  const b = body as Partial<BatchAck> | null;
  if (!b || typeof b !== 'object') return null;
  if (
    typeof b.recebidos !== 'number' ||
    typeof b.somaCentavos !== 'number' ||
    typeof b.hashChaves !== 'string'
  )
    return null;
  return {
    loteId: String(b.loteId ?? ''),
    recebidos: b.recebidos,
    somaCentavos: b.somaCentavos,
    hashChaves: b.hashChaves,
  };
}

function readRejections(body: unknown, count: number): RowRejection[] | null {
  const list = (body as { rejeitados?: unknown } | null)?.rejeitados;
  if (!Array.isArray(list)) return null;
  const out = list
    .map((r: { indice?: unknown; motivo?: unknown }) => ({
      index: Number(r.indice),
      reason: String(r.motivo ?? ''),
    }))
    .filter((r) => Number.isInteger(r.index) && r.index >= 0 && r.index < count);
  return out.length ? out : null;
}

/** A 200 whose totals differ from what was sent is not an acknowledgement of this batch. */
function mismatch(ack: BatchAck, rows: ReceivableRowPayload[]): AppFailure | null {
  const local = controlTotals(rows);
  if (
    ack.recebidos === local.rows &&
    ack.somaCentavos === local.amountCents &&
    ack.hashChaves === local.keysHash
  )
    return null;
  return new AppFailure('receivables.batchTotalsMismatch', {
    sentRows: local.rows,
    sentCents: local.amountCents,
    confirmedRows: ack.recebidos,
    confirmedCents: ack.somaCentavos,
    sameKeys: ack.hashChaves === local.keysHash,
  });
}

export function createBatchSender(deps: {
  db: Db;
  client: Pick<BureauClient, 'postReceivables'>;
  now: () => Date;
}): BatchSender {
  const upsertState = stateUpserter(deps.db);

  const logRequest = (
    runId: number | null,
    at: string,
    rows: ReceivableRowPayload[],
    ms: number,
    a: Answer,
    error: string | null,
  ) =>
    insertBureauReceivablesRequest(deps.db, {
      runId,
      at,
      endpoint: RECEIVABLES_BATCH_ENDPOINT,
      httpStatus: a.status,
      status: error === null ? 'ok' : 'error',
      rows: rows.length,
      amountCents: rows.reduce((s, r) => s + r.valorCentavos, 0),
      durationMs: ms,
      error,
    });

  async function post(loteId: string, rows: ReceivableRowPayload[]): Promise<Answer> {
    try {
      const { status, body } = await deps.client.postReceivables({ loteId, registros: rows });
      return { status, body, failure: null };
    } catch (e) {
      if (e instanceof AppFailure) return { status: null, body: null, failure: e };
      throw e;
    }
  }

  function confirm(
    loteId: string,
    rows: ReceivableRowPayload[],
    opts: SendOptions,
    rejected: number,
  ): ConfirmedBatch {
    const at = deps.now().toISOString();
    const confirmed: ConfirmedBatch = {
      ack: { loteId, recebidos: 0, somaCentavos: 0, hashChaves: hashKeys([]) },
      rows,
      rejected,
      requestId: null,
      at,
    };
    deps.db.transaction(() => opts.onConfirmed?.(confirmed))();
    return confirmed;
  }

  return {
    async send(loteId, batch, opts) {
      let rows = batch;
      let indexOf = batch.map((_, i) => i);
      let rejected = 0;
      let attempt = 0;
      // One try of the retry policy; a 422 that sets rows aside resends the rest at once.
      const tryOnce = async (): Promise<ConfirmedBatch> => {
        for (;;) {
          attempt += 1;
          if (opts.signal?.aborted) throw cancelled();
          if (rows.length === 0) return confirm(loteId, rows, opts, rejected);
          const at = deps.now().toISOString();
          const started = performance.now();
          const answer = await post(loteId, rows);
          const ms = performance.now() - started;

          if (answer.status === 200) {
            const ack = readAck(answer.body);
            const problem = ack ? mismatch(ack, rows) : new AppFailure('receivables.batchNoAck');
            if (problem || !ack) {
              logRequest(opts.runId, at, rows, ms, answer, problem?.message ?? null);
              throw problem ?? new AppFailure('receivables.batchNoAck');
            }
            const confirmed: ConfirmedBatch = { ack, rows, rejected, requestId: null, at };
            deps.db.transaction(() => {
              confirmed.requestId = logRequest(opts.runId, at, rows, ms, answer, null);
              for (const r of rows) upsertState(r.chave, r.valorCentavos, loteId, at);
              opts.onConfirmed?.(confirmed);
            })();
            return confirmed;
          }

          const refused = answer.status === 422 ? readRejections(answer.body, rows.length) : null;
          if (refused) {
            const message = `${refused.length} registro(s) recusado(s) pelo bureau: ${refused
              .slice(0, 3)
              .map((r) => `${rows[r.index]?.chave ?? '?'} (${r.reason})`)
              .join('; ')}`;
            const drop = new Set(refused.map((r) => r.index));
            deps.db.transaction(() => {
              logRequest(opts.runId, at, rows, ms, answer, message);
              opts.onRejected?.(
                refused.map((r) => ({ index: indexOf[r.index] as number, reason: r.reason })),
              );
            })();
            rejected += drop.size;
            indexOf = indexOf.filter((_, i) => !drop.has(i));
            rows = rows.filter((_, i) => !drop.has(i));
            attempt -= 1;
            continue;
          }

          const failure = refusal(answer);
          logRequest(opts.runId, at, rows, ms, answer, failure.message);
          if (!transient(answer)) throw failure;
          throw new TransientAnswer(failure.message);
        }
      };
      try {
        return await withRetry(tryOnce, {
          policy: opts.retry,
          canRetry: (e) => e instanceof TransientAnswer,
          signal: opts.signal,
          onAbort: cancelled,
        });
      } catch (e) {
        if (!(e instanceof TransientAnswer)) throw e;
        throw new AppFailure('receivables.sendGaveUp', { attempts: attempt, reason: e.message });
      }
    },
  };
}
