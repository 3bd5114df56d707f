import type { SessionUser } from '../../../../shared/ipc/dto/auth';
import type { BureauCheckOutcome } from '../../../../shared/ipc/dto/bureau';
import { formatDateTimeBR } from '../../../../shared/domain/dates';
import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import { insertAudit } from '../../db/repos/audit.repo';
import {
  closeQuery,
  getQuery,
  knownBureauQueryId,
  storeQueryResult,
  toQueryRow,
  type BureauQueryRecord,
} from '../../db/repos/bureau-queries.repo';
import { mapDecision } from '../../gateways/bureau/mappers/decision.mapper';
import { flushToErp } from './erp-sync';
import { auditSubjectMismatch } from './subject-check';
import { promoteHistoryToFloor } from '../../floor/audit/promote-history';
import { queryDetail } from './query-detail';
import { settleOrphans } from './query-registry';
import { summaryFields } from './query-summary';

/** Clocks of the desktop and the bureau differ a little; an answer this much older is still ours. */
const CLOCK_SKEW_MS = 5 * 60_000;

function auditCheck(
  core: Core,
  user: SessionUser,
  r: BureauQueryRecord,
  action: string,
  outcome: string,
): number {
  return insertAudit(core.db, {
    at: core.now().toISOString(),
    userId: user.id,
    userName: user.name,
    entity: 'client',
    entityId: r.client_id,
    action,
    changes: { bureauQuery: { before: 'desconhecida', after: outcome } },
  });
}

function markNotAtBureau(
  core: Core,
  user: SessionUser,
  r: BureauQueryRecord,
  message: string,
  history: number[],
): BureauCheckOutcome {
  core.db.transaction(() => {
    closeQuery(core.db, r.id, 'failed', {
      finishedAt: core.now().toISOString(),
      errorCode: 'BUREAU_NOTHING_TO_REUSE',
      errorMessage: message,
    });
    history.push(
      auditCheck(core, user, r, 'Consulta Deps verificada: não consta no bureau', 'não consta no bureau'),
    );
  })();
  return { status: 'failed', row: toQueryRow(getQuery(core.db, r.id) as BureauQueryRecord), message };
}

function current(core: Core, r: BureauQueryRecord): BureauCheckOutcome {
  if (r.status === 'succeeded') return { status: 'succeeded', detail: queryDetail(core, r) };
  const message = r.error_message ?? 'Consulta sem resultado.';
  return { status: r.status === 'failed' ? 'failed' : 'unknown', row: toQueryRow(r), message };
}

/**
 * "Verificar no bureau" for an `unknown` query: asks the bureau to REUSE the result it holds
 * (reutilizarDadosExistentes=true), which runs no new query. A result newer than the request
 * is ours; nothing to reuse, or only an older result, means the bureau never ran it.
 */
export async function checkUnknownQuery(
  core: Core,
  user: SessionUser,
  id: number,
): Promise<BureauCheckOutcome> {
  settleOrphans(core);
  const r = getQuery(core.db, id);
  if (!r) throw new AppFailure('credit.queryNotFound');
  if (r.status !== 'unknown') return current(core, r);
  const busy = core.state.bureauChecks;
  if (busy.has(id)) throw new AppFailure('credit.queryBeingChecked');
  busy.add(id);
  const history: number[] = [];
  const bureau = await core.bureauClient(core).catch((e: unknown) => {
    busy.delete(id);
    throw e;
  });
  try {
    let answer;
    try {
      answer = await bureau.queryMix({ document: r.document, productId: r.product_id, reuseExisting: true });
    } catch (e) {
      if (e instanceof AppFailure && e.code === 'BUREAU_NOTHING_TO_REUSE') {
        return markNotAtBureau(
          core,
          user,
          r,
          'O bureau não tem esta consulta: ela não foi processada.',
          history,
        );
      }
      throw e;
    }
    const mix = (answer.body as { mix?: { historicoConsultaId?: unknown; dataConsulta?: unknown } } | null)
      ?.mix;
    const bureauId = typeof mix?.historicoConsultaId === 'string' ? mix.historicoConsultaId : null;
    const at = typeof mix?.dataConsulta === 'string' ? Date.parse(mix.dataConsulta) : NaN;
    const older = Number.isFinite(at) && at < Date.parse(r.requested_at) - CLOCK_SKEW_MS;
    if ((bureauId && knownBureauQueryId(core.db, bureauId)) || older) {
      const when = Number.isFinite(at) ? formatDateTimeBR(new Date(at).toISOString()) : 'antes';
      return markNotAtBureau(
        core,
        user,
        r,
        `O bureau só tem uma consulta anterior (${when}); esta não foi processada.`,
        history,
      );
    }
    const decision = mapDecision(answer.body);
    core.db.transaction(() => {
      storeQueryResult(core.db, r.id, {
        finishedAt: core.now().toISOString(),
        rawResult: answer.text,
        bureauQueryId: bureauId,
        ...summaryFields(decision),
      });
      history.push(auditCheck(core, user, r, 'Consulta Deps verificada: resultado obtido', 'realizada'));
      const mismatch = auditSubjectMismatch(
        core.db,
        user,
        r.client_id,
        r.id,
        decision,
        core.now().toISOString(),
      );
      if (mismatch !== null) history.push(mismatch);
    })();
    void flushToErp(core);
    return current(core, getQuery(core.db, r.id) as BureauQueryRecord);
  } finally {
    busy.delete(id);
    bureau.close();
    // Floor mode: the check of a floor's query goes to every seat's Histórico.
    await promoteHistoryToFloor(core, history);
  }
}
