import type { SessionUser } from '../../../../shared/ipc/dto/auth';
import {
  ACTIVITY_KIND_LABEL,
  type ActivityFilter,
  type ActivityKind,
  type ActivityPage,
  type ClientActivity,
} from '../../../../shared/ipc/dto/client-activities';
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

const GONE = 'Atividade não encontrada: ela pode ter sido removida. Atualize a tela.';

export function listActivities(
  core: Core,
  q: { clientId: number; filter: ActivityFilter; after?: KeyCursor; limit: number },
): ActivityPage {
  const nowIso = core.now().toISOString();
  // One extra row tells whether another page exists without a second query.
  const rows = listClientActivities(core.db, { ...q, nowIso, limit: q.limit + 1 });
  const hasMore = rows.length > q.limit;
  const page = hasMore ? rows.slice(0, q.limit) : rows;
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
  input: { clientId: number; kind: ActivityKind; title: string; dueAt: string },
): ClientActivity {
  const at = core.now().toISOString();
  const dueAt = new Date(input.dueAt).toISOString();
  return core.db.transaction(() => {
    assertClientExists(core.db, input.clientId);
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
    auditClient(
      core.db,
      user,
      input.clientId,
      `${ACTIVITY_KIND_LABEL[input.kind]} adicionada: ${input.title}`,
      { title: { before: null, after: input.title }, dueAt: { before: null, after: dueAt } },
      at,
    );
    return getClientActivity(core.db, id, at) as ClientActivity;
  })();
}

function openActivity(core: Core, id: number, nowIso: string): ClientActivity {
  const a = getClientActivity(core.db, id, nowIso);
  if (!a) throw new AppFailure('NOT_FOUND', GONE);
  if (a.state === 'done') throw new AppFailure('CONFLICT', 'Esta atividade já foi concluída.');
  return a;
}

export function completeActivity(core: Core, user: SessionUser, id: number): ClientActivity {
  const at = core.now().toISOString();
  return core.db.transaction(() => {
    const a = openActivity(core, id, at);
    completeClientActivity(core.db, id, at);
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
