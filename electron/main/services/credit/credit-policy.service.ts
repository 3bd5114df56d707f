import type { SessionUser } from '../../../../shared/ipc/dto/auth';
import type { CreditAllowance, CreditPolicy } from '../../../../shared/ipc/dto/credit';
import {
  CREDIT_CAP_WINDOW_HOURS,
  DEFAULT_CONFIRM_ABOVE_CENTS,
  RECENT_QUERY_DAYS,
  remainingIncreaseCents,
} from '../../../../shared/domain/credit';
import type { Core } from '../../core-types';
import { insertAudit } from '../../db/repos/audit.repo';
import { latestClientQuerySince } from '../../db/repos/bureau-queries.repo';
import { increasesSince } from '../../db/repos/credit-increases.repo';
import { getSetting } from '../../db/repos/settings.repo';
import { saveSharedSettings } from '../../floor/settings/shared-settings';

const CONFIRM_ABOVE_KEY = 'credit_confirm_above_cents';

export function creditPolicy(core: Core): CreditPolicy {
  const raw = getSetting(core.db, CONFIRM_ABOVE_KEY);
  return { confirmAboveCents: raw === undefined ? DEFAULT_CONFIRM_ABOVE_CENTS : Number(raw) };
}

export async function saveCreditPolicy(
  core: Core,
  actor: SessionUser,
  policy: CreditPolicy,
): Promise<CreditPolicy> {
  const before = creditPolicy(core);
  await saveSharedSettings(core, { [CONFIRM_ABOVE_KEY]: String(policy.confirmAboveCents) }, () =>
    insertAudit(core.db, {
      at: core.now().toISOString(),
      userId: actor.id,
      userName: actor.name,
      entity: 'setting',
      entityId: CONFIRM_ABOVE_KEY,
      action: 'Confirmação de aumentos de limite alterada',
      changes: { confirmAboveCents: { before: before.confirmAboveCents, after: policy.confirmAboveCents } },
    }),
  );
  return creditPolicy(core);
}

/** What this agent may still raise this client's limit by in the rolling 24 h, and the threshold. */
export function creditAllowance(core: Core, user: SessionUser, clientId: number): CreditAllowance {
  const sinceIso = new Date(core.now().getTime() - CREDIT_CAP_WINDOW_HOURS * 3_600_000).toISOString();
  const usedCents = increasesSince(core.db, { clientId, userId: user.id, sinceIso });
  const capCents = user.maxCreditIncreaseCents;
  return {
    capCents,
    usedCents,
    remainingCents: remainingIncreaseCents({ capCents, usedCents }),
    windowHours: CREDIT_CAP_WINDOW_HOURS,
    confirmAboveCents: creditPolicy(core).confirmAboveCents,
    suggestedLimitCents: latestSuggestion(core, clientId),
  };
}

/** The bureau's suggested limit from the client's latest query within the recent-query window. */
export function latestSuggestion(core: Core, clientId: number): number | null {
  const since = new Date(core.now().getTime() - RECENT_QUERY_DAYS * 86_400_000).toISOString();
  const q = latestClientQuerySince(core.db, clientId, since);
  return q?.status === 'succeeded' ? q.suggested_limit_cents : null;
}
