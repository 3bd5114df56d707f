import type { SessionUser } from '../../../../shared/ipc/dto/auth';
import type { ClientTicket } from '../../../../shared/ipc/dto/client-tickets';
import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import {
  closeClientTicket,
  getClientTicket,
  listClientTickets,
  setTicketProgress,
  ticketInserter,
} from '../../db/repos/client-tickets.repo';
import { assertClientExists, auditClient } from './client-audit';
import { setTicketOpener } from '../../db/repos/agent-home.repo';

// A client with more requests than this has a problem no list will solve; the newest are shown.
const MAX_LISTED = 500;

export function listTickets(core: Core, clientId: number): ClientTicket[] {
  assertClientExists(core.db, clientId);
  return listClientTickets(core.db, clientId, MAX_LISTED);
}

export function createTicket(
  core: Core,
  user: SessionUser,
  clientId: number,
  description: string,
): ClientTicket {
  const at = core.now().toISOString();
  return core.db.transaction(() => {
    assertClientExists(core.db, clientId);
    const id = ticketInserter(core.db)({
      clientId,
      description,
      progress: 0,
      status: 'open',
      openedAt: at,
      updatedAt: at,
      closedAt: null,
    });
    setTicketOpener(core.db, id, user.id);
    const t = getClientTicket(core.db, id) as ClientTicket;
    auditClient(
      core.db,
      user,
      clientId,
      `Chamado aberto: ${t.reference}`,
      { description: { before: null, after: description } },
      at,
    );
    return t;
  })();
}

function openTicket(core: Core, id: number): ClientTicket {
  const t = getClientTicket(core.db, id);
  if (!t) throw new AppFailure('clients.ticketGone');
  if (t.status === 'closed') throw new AppFailure('clients.ticketClosed', { reference: t.reference });
  return t;
}

export function updateTicketProgress(
  core: Core,
  user: SessionUser,
  id: number,
  progress: number,
): ClientTicket {
  const at = core.now().toISOString();
  return core.db.transaction(() => {
    const t = openTicket(core, id);
    if (t.progress === progress) return t;
    setTicketProgress(core.db, id, progress, at);
    auditClient(
      core.db,
      user,
      t.clientId,
      `Progresso do chamado ${t.reference} atualizado`,
      { progress: { before: t.progress, after: progress } },
      at,
    );
    return getClientTicket(core.db, id) as ClientTicket;
  })();
}

export function closeTicket(core: Core, user: SessionUser, id: number): ClientTicket {
  const at = core.now().toISOString();
  return core.db.transaction(() => {
    const t = openTicket(core, id);
    closeClientTicket(core.db, id, at);
    auditClient(
      core.db,
      user,
      t.clientId,
      `Chamado encerrado: ${t.reference}`,
      { status: { before: 'open', after: 'closed' }, progress: { before: t.progress, after: 100 } },
      at,
    );
    return getClientTicket(core.db, id) as ClientTicket;
  })();
}
