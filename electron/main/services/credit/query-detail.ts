import type { BureauQueryDetail } from '../../../../shared/ipc/dto/bureau';
import { suggestCreditChange } from '../../../../shared/domain/credit';
import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import { toQueryRow, type BureauQueryRecord } from '../../db/repos/bureau-queries.repo';
import { getClientRecord } from '../../db/repos/clients.repo';
import { mapDecision } from '../../gateways/bureau/mappers/decision.mapper';
import { cachedFinancials } from '../finance/finance.service';
import { checkSubject } from './subject-check';

export function parseRaw(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

/** A stored query as the decision view shows it; reading it never calls the bureau. */
export function queryDetail(core: Core, r: BureauQueryRecord): BureauQueryDetail {
  const client = getClientRecord(core.db, r.client_id);
  if (!client) throw new AppFailure('credit.queryClientGone');
  const decision = r.raw_result === null ? null : mapDecision(parseRaw(r.raw_result));
  // The same picture the header and Informações Financeiras show (pending change included).
  const { creditLimitCents, creditStatus } = cachedFinancials(core, client.id).values;
  const current = { creditLimitCents, creditStatus };
  const subjectCheck = checkSubject(client, decision);
  return {
    row: toQueryRow(r),
    decision,
    subjectCheck,
    // An answer about someone else never pre-fills the limit dialog.
    suggestion: !subjectCheck.matches
      ? { ...current, fromBureau: false }
      : suggestCreditChange(current, {
          approved: decision?.opinion.state === 'found' ? decision.opinion.approved : null,
          suggestedLimitCents:
            decision?.classification.state === 'found' ? decision.classification.suggestedLimitCents : null,
        }),
  };
}
