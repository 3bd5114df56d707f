import type { SessionUser } from '../../../../shared/ipc/dto/auth';
import type { BureauRunOutcome } from '../../../../shared/ipc/dto/bureau';
import { AppFailure, type ErrorCode } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import { insertAudit } from '../../db/repos/audit.repo';
import {
  closeQuery,
  getQueryByKey,
  insertPendingQuery,
  setReceivablesNote,
  storeQueryResult,
  toQueryRow,
  type BureauQueryRecord,
} from '../../db/repos/bureau-queries.repo';
import { getBureauConfig } from '../../db/repos/bureau-settings.repo';
import type { BureauClient } from '../../gateways/bureau/bureau-client';
import { mapDecision } from '../../gateways/bureau/mappers/decision.mapper';
import { createBureauReceivablesSender } from '../receivables/receivables-sender';
import { receivablesFromErpCache } from '../receivables/open-receivables';
import { receivablesUploadState } from '../receivables/receivables-flag';
import { flushToErp } from './erp-sync';
import { runClaimed } from './floor-ledger';
import { queryDetail } from './query-detail';
import { auditSubjectMismatch } from './subject-check';
import { promoteHistoryToFloor } from '../../floor/audit/promote-history';
import { settleOrphans, trackInFlight, waitInFlight } from './query-registry';
import { summaryFields } from './query-summary';
import { resolveQueryTarget, type QueryTarget } from './query-target';
import { assertWithinBudget } from '../panel/bureau-budget';

export interface RunInput {
  clientId: number;
  productId: string;
  idempotencyKey: string;
}

/** `new` runs (and pays for) a query; `reuse` asks the bureau for a result it already has. */
export type RunMode = 'new' | 'reuse';

export const UNKNOWN_MESSAGE =
  'A consulta foi enviada ao bureau, mas a resposta não chegou. Ela pode ter sido processada e cobrada, ' +
  'por isso NÃO foi repetida. Use "Verificar no bureau" mais tarde: o resultado, se existir, é obtido sem nova cobrança.';

/** The query's Histórico entries, by id: they go to the floor once its claim is granted. */
type QueryHistory = number[];

function audit(
  core: Core,
  history: QueryHistory,
  user: SessionUser,
  r: BureauQueryRecord,
  action: string,
  changes = {},
): void {
  const id = insertAudit(core.db, {
    at: core.now().toISOString(),
    userId: user.id,
    userName: user.name,
    entity: 'client',
    entityId: r.client_id,
    action,
    changes: { bureauProduct: { before: null, after: `${r.product_name} (${r.product_id})` }, ...changes },
  });
  history.push(id);
}

const reload = (core: Core, r: BureauQueryRecord): BureauQueryRecord =>
  getQueryByKey(core.db, r.idempotency_key) as BureauQueryRecord;

/** A key already seen: answer with what that query became, never by calling the bureau again. */
async function replay(core: Core, r: BureauQueryRecord, input: RunInput): Promise<BureauRunOutcome> {
  if (r.client_id !== input.clientId || r.product_id !== input.productId) {
    throw new AppFailure('credit.confirmationMismatch');
  }
  if (r.status === 'pending') {
    const running = waitInFlight(core, r.idempotency_key);
    if (running) return running;
    settleOrphans(core);
    return replay(core, reload(core, r), input);
  }
  if (r.status === 'succeeded') {
    return { status: 'succeeded', detail: queryDetail(core, r), receivablesNote: r.receivables_note };
  }
  if (r.status === 'unknown') return { status: 'unknown', row: toQueryRow(r), message: UNKNOWN_MESSAGE };
  // The failure was told once and stored with the query: it is raised again as it was then.
  if (r.error_message === null) throw new AppFailure('credit.queryFailed');
  throw AppFailure.fromWire({
    code: (r.error_code as ErrorCode | null) ?? 'BUREAU_REJECTED',
    message: r.error_message,
  });
}

const isUniqueViolation = (e: unknown): boolean =>
  (e as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE';

/** Writes the ledger row (and its audit) BEFORE anything goes out; the database refuses a second in-flight one. */
function openLedgerRow(
  core: Core,
  user: SessionUser,
  target: QueryTarget,
  input: RunInput,
  mode: RunMode,
  history: QueryHistory,
): BureauQueryRecord {
  try {
    core.db.transaction(() => {
      insertPendingQuery(core.db, {
        idempotencyKey: input.idempotencyKey,
        clientId: target.clientId,
        document: target.document,
        personType: target.personType,
        productId: target.product.id,
        productName: target.product.name,
        userId: user.id,
        userName: user.name,
        requestedAt: core.now().toISOString(),
        reused: mode === 'reuse',
      });
      const row = getQueryByKey(core.db, input.idempotencyKey) as BureauQueryRecord;
      audit(
        core,
        history,
        user,
        row,
        mode === 'new' ? 'Consulta Deps solicitada (cobrada)' : 'Resultado Deps solicitado',
      );
    })();
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    throw new AppFailure('credit.queryInProgress');
  }
  return getQueryByKey(core.db, input.idempotencyKey) as BureauQueryRecord;
}

async function sendReceivables(
  core: Core,
  bureau: BureauClient,
  r: BureauQueryRecord,
): Promise<string | null> {
  const config = getBureauConfig(core.db);
  const sender = createBureauReceivablesSender({
    db: core.db,
    client: bureau,
    source: receivablesFromErpCache,
    enabled: receivablesUploadState(config).allowed,
  });
  const { note } = await sender.sendOpenForClient({
    clientId: r.client_id,
    batchId: `consulta-${r.idempotency_key}`,
  });
  if (note) setReceivablesNote(core.db, r.id, note);
  return note;
}

async function execute(
  core: Core,
  user: SessionUser,
  r: BureauQueryRecord,
  bureau: BureauClient,
  mode: RunMode,
  history: QueryHistory,
): Promise<BureauRunOutcome> {
  try {
    const receivablesNote = mode === 'new' ? await sendReceivables(core, bureau, r) : null;
    let answer;
    try {
      answer = await bureau.queryMix({
        document: r.document,
        productId: r.product_id,
        reuseExisting: mode === 'reuse',
      });
    } catch (e) {
      const failure = e instanceof AppFailure ? e : new AppFailure('credit.queryUnexpected');
      // A reused result is not billed, so an unanswered reuse is simply a failure.
      const unknown = failure.code === 'BUREAU_AMBIGUOUS' && mode === 'new';
      const at = core.now().toISOString();
      core.db.transaction(() => {
        closeQuery(core.db, r.id, unknown ? 'unknown' : 'failed', {
          finishedAt: at,
          errorCode: failure.code,
          errorMessage: unknown ? UNKNOWN_MESSAGE : failure.message,
        });
        audit(
          core,
          history,
          user,
          r,
          unknown ? 'Consulta Deps sem resposta (situação desconhecida)' : 'Consulta Deps falhou',
          {
            error: { before: null, after: failure.message },
          },
        );
      })();
      if (!unknown) throw failure;
      void flushToErp(core);
      return { status: 'unknown', row: toQueryRow(reload(core, r)), message: UNKNOWN_MESSAGE };
    }
    const decision = mapDecision(answer.body);
    const mix = (answer.body as { mix?: { historicoConsultaId?: unknown } } | null)?.mix;
    core.db.transaction(() => {
      storeQueryResult(core.db, r.id, {
        finishedAt: core.now().toISOString(),
        rawResult: answer.text,
        bureauQueryId: typeof mix?.historicoConsultaId === 'string' ? mix.historicoConsultaId : null,
        ...summaryFields(decision),
      });
      const fields = summaryFields(decision);
      const mismatch = auditSubjectMismatch(
        core.db,
        user,
        r.client_id,
        r.id,
        decision,
        core.now().toISOString(),
      );
      if (mismatch !== null) history.push(mismatch);
      audit(
        core,
        history,
        user,
        r,
        mode === 'new' ? 'Consulta Deps realizada' : 'Resultado Deps obtido sem nova consulta',
        {
          score: { before: null, after: fields.score },
          suggestedLimitCents: { before: null, after: fields.suggestedLimitCents },
          approved: { before: null, after: fields.approved },
        },
      );
    })();
    void flushToErp(core);
    return { status: 'succeeded', detail: queryDetail(core, reload(core, r)), receivablesNote };
  } finally {
    bureau.close();
  }
}

/**
 * The paid query. However often it is called with the same idempotency key (double click,
 * Enter held, a retry by the renderer), at most ONE request reaches the bureau: the ledger
 * row is written first, concurrent callers wait for the same outcome, and an ambiguous
 * outcome is recorded as `unknown` and never retried here.
 */
export async function runBureauQuery(
  core: Core,
  user: SessionUser,
  input: RunInput,
  mode: RunMode = 'new',
): Promise<BureauRunOutcome> {
  const seen = getQueryByKey(core.db, input.idempotencyKey);
  if (seen) return replay(core, seen, input);
  const target = resolveQueryTarget(core, input.clientId, input.productId);
  const bureau = await core.bureauClient(core);
  // Everything below up to trackInFlight is synchronous: no other call can slip in between.
  const raced = getQueryByKey(core.db, input.idempotencyKey);
  if (raced) {
    bureau.close();
    return replay(core, raced, input);
  }
  settleOrphans(core);
  let row: BureauQueryRecord;
  const history: QueryHistory = [];
  try {
    // The monthly Deps budget (Painel): checked in the same synchronous stretch as the ledger row,
    // so a refused query has sent nothing and two racing queries cannot both take the last of it.
    if (mode === 'new') assertWithinBudget(core.db, core.now(), target.product.id);
    row = openLedgerRow(core, user, target, input, mode, history);
  } catch (e) {
    bureau.close();
    throw e;
  }
  // Floor mode: a query the floor granted is the floor's, and so is its Histórico; a refused
  // claim (another seat's query in flight) sent nothing, and its request stays this seat's own.
  let granted = false;
  const claimed = runClaimed(
    core,
    row,
    () => {
      granted = true;
      return execute(core, user, row, bureau, mode, history);
    },
    () => bureau.close(),
  );
  return trackInFlight(
    core,
    row.idempotency_key,
    claimed.finally(() => (granted ? promoteHistoryToFloor(core, history) : undefined)),
  );
}
