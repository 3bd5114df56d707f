import { addDays, saoPauloLocalToUtc, todayInSaoPaulo } from '../../../../shared/domain/dates';
import type { AgentDay } from '../../../../shared/ipc/dto/home';
import type { Core } from '../../core-types';
import {
  countMyOpenActivities,
  countMyOpenTickets,
  findMyLastCall,
  listMyOpenActivities,
  listMyOpenTickets,
  listMyRecentClients,
} from '../../db/repos/agent-home.repo';
import { countCallDrafts, listCallDrafts } from '../../db/repos/inbound-calls.repo';
import { toCallDraft } from './call-drafts.service';

/** A day with more than this still shows the counts; the list is a place to start, not an archive. */
export const DAY_LIST_LIMIT = 50;
const RECENT_LIMIT = 8;

/**
 * Meu dia: my open activities overdue or due by the end of today (São Paulo), calls to return
 * first; my open tickets, oldest first; my recent clients; the client of my last call; the calls
 * received and not yet recorded.
 */
export function agentDay(core: Core, userId: number): AgentDay {
  const now = core.now();
  const nowIso = now.toISOString();
  const today = todayInSaoPaulo(now);
  const endIso = saoPauloLocalToUtc(addDays(today, 1), '00:00').toISOString();
  const db = core.db;
  return db.transaction(() => {
    const q = { userId, endIso, nowIso, limit: DAY_LIST_LIMIT };
    const calls = listMyOpenActivities(db, { ...q, calls: true });
    const others = listMyOpenActivities(db, { ...q, calls: false, limit: DAY_LIST_LIMIT - calls.length });
    return {
      today,
      counts: {
        ...countMyOpenActivities(db, q),
        openTickets: countMyOpenTickets(db, userId),
        callDrafts: countCallDrafts(db, userId),
      },
      activities: [...calls, ...others],
      tickets: listMyOpenTickets(db, userId, DAY_LIST_LIMIT),
      recentClients: listMyRecentClients(db, userId, RECENT_LIMIT),
      lastCall: findMyLastCall(db, userId),
      callDrafts: listCallDrafts(db, userId, DAY_LIST_LIMIT).map(toCallDraft),
    };
  })();
}

/** Meu dia of every window refetches (another agent's change can be mine: a shared client). */
export function emitDayChanged(core: Core): void {
  core.events.emit('home.dayChanged', {});
}

/** For handlers of a change Meu dia lists: tells the windows once it committed, returns the result. */
export function dayChangedAfter<T>(core: Core, result: T): T {
  emitDayChanged(core);
  return result;
}
