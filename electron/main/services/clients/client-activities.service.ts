import type { SessionUser } from '../../../../shared/ipc/dto/auth';
import {
  type ActivityFilter,
  type ActivityKind,
  type ActivityPage,
  type ClientActivity,
} from '../../../../shared/ipc/dto/client-activities';
import { ACTIVITY_KIND_LABEL } from '../../../../shared/domain/activities';
import type { KeyCursor } from '../../../../shared/ipc/dto/client-paging';
import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import {
  activityInserter,
  completeClientActivity,
  countClientActivities,
  getClientActivity,
  listClientActivities,
  rescheduleClientActivity,
} from '../../db/repos/client-activities.repo';
import { assertClientExists, auditClient } from './client-audit';
import { enqueueActivityNotification } from '../email/activity-notify';
import type { ActivitySnapshot } from '../email/activity-message';
import { resolveParticipants, type ParticipantRef } from '../email/activity-participants';
import { deleteClientActivity, setActivityNotification } from '../../db/repos/client-activities.repo';
import { insertActivityParticipants } from '../../db/repos/activity-participants.repo';
import { undeliveredByActivity } from '../../db/repos/activity-notifications.repo';

export function listActivities(
  core: Core,
  q: { clientId: number; filter: ActivityFilter; after?: KeyCursor; limit: number },
): ActivityPage {
  const nowIso = core.now().toISOString();
  // One extra row tells whether another page exists without a second query.
  const rows = listClientActivities(core.db, { ...q, nowIso, limit: q.limit + 1 });
  const hasMore = rows.length > q.limit;
  const undelivered = undeliveredByActivity(
    core.db,
    rows.map((r) => r.id),
  );
  const page = (hasMore ? rows.slice(0, q.limit) : rows).map((r) => ({
    ...r,
    notification: undelivered.get(r.id) ?? null,
  }));
  const last = page[page.length - 1];
  if (!q.after && page.length === 0) assertClientExists(core.db, q.clientId);
  return {
    rows: page,
    next: hasMore && last ? { key: last.dueAt, id: last.id } : null,
    total: q.after ? null : countClientActivities(core.db, q.clientId, q.filter, nowIso),
  };
}

export function createActivity(
  core: Core,
  user: SessionUser,
  input: {
    clientId: number;
    kind: ActivityKind;
    title: string;
    dueAt: string;
    participants?: ParticipantRef[];
    notify?: boolean;
  },
): ClientActivity {
  const at = core.now().toISOString();
  const dueAt = new Date(input.dueAt).toISOString();
  return core.db.transaction(() => {
    assertClientExists(core.db, input.clientId);
    const people = resolveParticipants(core.db, input.clientId, input.participants ?? []);
    const id = activityInserter(core.db)({
      clientId: input.clientId,
      kind: input.kind,
      title: input.title,
      dueAt,
      status: 'open',
      doneAt: null,
      ownerName: user.name,
      at,
    });
    setActivityNotification(core.db, id, { ownerUserId: user.id, notify: input.notify ?? true });
    insertActivityParticipants(core.db, id, people);
    const created = getClientActivity(core.db, id, at) as ClientActivity;
    enqueueActivityNotification(core.db, {
      activityId: id,
      event: 'created',
      before: null,
      after: snapshot(created),
      actor: user,
      at,
    });
    auditClient(
      core.db,
      user,
      input.clientId,
      `${ACTIVITY_KIND_LABEL[input.kind]} adicionada: ${input.title}`,
      { title: { before: null, after: input.title }, dueAt: { before: null, after: dueAt } },
      at,
    );
    return created;
  })();
}

const snapshot = (a: ClientActivity): ActivitySnapshot => ({
  kind: a.kind,
  title: a.title,
  dueAt: a.dueAt,
  status: a.state === 'done' ? 'done' : 'open',
  ownerName: a.ownerName,
});

function notifyChange(
  core: Core,
  user: SessionUser,
  before: ClientActivity,
  after: ClientActivity,
  at: string,
) {
  enqueueActivityNotification(core.db, {
    activityId: after.id,
    event: 'changed',
    before: snapshot(before),
    after: snapshot(after),
    actor: user,
    at,
  });
}

/** Excluir: the cancellation is written before the row goes, so the outbox keeps what it needs. */
export function removeActivity(core: Core, user: SessionUser, id: number): void {
  const at = core.now().toISOString();
  core.db.transaction(() => {
    const a = getClientActivity(core.db, id, at);
    if (!a) throw new AppFailure('clients.activityGone');
    enqueueActivityNotification(core.db, {
      activityId: id,
      event: 'deleted',
      before: null,
      after: snapshot(a),
      actor: user,
      at,
    });
    deleteClientActivity(core.db, id);
    auditClient(
      core.db,
      user,
      a.clientId,
      `${ACTIVITY_KIND_LABEL[a.kind]} excluída: ${a.title}`,
      { title: { before: a.title, after: null }, dueAt: { before: a.dueAt, after: null } },
      at,
    );
  })();
}

function openActivity(core: Core, id: number, nowIso: string): ClientActivity {
  const a = getClientActivity(core.db, id, nowIso);
  if (!a) throw new AppFailure('clients.activityGone');
  if (a.state === 'done') throw new AppFailure('clients.activityDone');
  return a;
}

export function completeActivity(core: Core, user: SessionUser, id: number): ClientActivity {
  const at = core.now().toISOString();
  return core.db.transaction(() => {
    const a = openActivity(core, id, at);
    completeClientActivity(core.db, id, at);
    const after = getClientActivity(core.db, id, at) as ClientActivity;
    notifyChange(core, user, a, after, at);
    auditClient(
      core.db,
      user,
      a.clientId,
      `${ACTIVITY_KIND_LABEL[a.kind]} concluída: ${a.title}`,
      { status: { before: a.state, after: 'done' } },
      at,
    );
    return getClientActivity(core.db, id, at) as ClientActivity;
  })();
}

export function rescheduleActivity(
  core: Core,
  user: SessionUser,
  id: number,
  dueAtInput: string,
): ClientActivity {
  const at = core.now().toISOString();
  const dueAt = new Date(dueAtInput).toISOString();
  return core.db.transaction(() => {
    const a = openActivity(core, id, at);
    if (a.dueAt === dueAt) return a;
    rescheduleClientActivity(core.db, id, dueAt, at);
    const after = getClientActivity(core.db, id, at) as ClientActivity;
    notifyChange(core, user, a, after, at);
    auditClient(
      core.db,
      user,
      a.clientId,
      `${ACTIVITY_KIND_LABEL[a.kind]} reagendada: ${a.title}`,
      { dueAt: { before: a.dueAt, after: dueAt } },
      at,
    );
    return getClientActivity(core.db, id, at) as ClientActivity;
  })();
}
