import { formatPhoneBR } from '../../../../shared/domain/contact';
import { toSaoPauloParts } from '../../../../shared/domain/dates';
import type { SessionUser } from '../../../../shared/ipc/dto/auth';
import type { CallDraft } from '../../../../shared/ipc/dto/home';
import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import {
  getInboundCall,
  settleInboundCall,
  setInboundCallClient,
  type InboundCallRecord,
} from '../../db/repos/inbound-calls.repo';
import { assertClientExists } from '../clients/client-audit';
import { completeActivity, createActivity } from '../clients/client-activities.service';

const hhmm = (iso: string): string => {
  const p = toSaoPauloParts(new Date(iso));
  return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
};

/** "Chamada recebida de (11) 98765-4321, 14:05" (São Paulo time). */
export const callDraftTitle = (phone: string, receivedAt: string): string =>
  `Chamada recebida de ${formatPhoneBR(phone)}, ${hhmm(receivedAt)}`;

export const toCallDraft = (r: InboundCallRecord): CallDraft => ({
  id: r.id,
  phone: r.phone,
  client:
    r.client_id !== null && r.client_erp_code !== null
      ? { id: r.client_id, erpCode: r.client_erp_code, name: r.client_name ?? '' }
      : null,
  receivedAt: r.received_at,
  title: callDraftTitle(r.phone, r.received_at),
});

/** A draft of the caller's own (another agent's calls are not theirs to record) still waiting. */
function myDraft(core: Core, user: SessionUser, id: number): InboundCallRecord {
  const r = getInboundCall(core.db, id);
  if (!r || r.user_id !== user.id) throw new AppFailure('home.callDraftGone');
  if (r.status !== 'draft') throw new AppFailure('home.callDraftSettled');
  return r;
}

export function attachCallDraft(core: Core, user: SessionUser, id: number, clientId: number): CallDraft {
  return core.db.transaction(() => {
    myDraft(core, user, id);
    assertClientExists(core.db, clientId);
    setInboundCallClient(core.db, id, clientId);
    return toCallDraft(getInboundCall(core.db, id) as InboundCallRecord);
  })();
}

/** Confirmar: the call becomes a completed "Chamada" activity of the client, at the time it rang. */
export function confirmCallDraft(core: Core, user: SessionUser, id: number, title?: string): CallDraft {
  return core.db.transaction(() => {
    const r = myDraft(core, user, id);
    if (r.client_id === null) throw new AppFailure('home.callDraftNeedsClient');
    const activity = createActivity(core, user, {
      clientId: r.client_id,
      kind: 'call',
      title: title ?? callDraftTitle(r.phone, r.received_at),
      dueAt: r.received_at,
      notify: false,
    });
    completeActivity(core, user, activity.id);
    settleInboundCall(core.db, id, {
      status: 'confirmed',
      activityId: activity.id,
      at: core.now().toISOString(),
    });
    return toCallDraft(getInboundCall(core.db, id) as InboundCallRecord);
  })();
}

export function discardCallDraft(core: Core, user: SessionUser, id: number): CallDraft {
  return core.db.transaction(() => {
    myDraft(core, user, id);
    settleInboundCall(core.db, id, { status: 'discarded', activityId: null, at: core.now().toISOString() });
    return toCallDraft(getInboundCall(core.db, id) as InboundCallRecord);
  })();
}
