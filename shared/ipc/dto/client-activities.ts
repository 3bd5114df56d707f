/** The Atividades tab: tarefas, chamadas and compromissos. */
import type { KeyCursor, Page } from './client-paging';
import type { ActivityNotificationStatus } from './email';
import type { ACTIVITY_KINDS, ACTIVITY_FILTERS } from '../../domain/activities';

export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export type ActivityFilter = (typeof ACTIVITY_FILTERS)[number];

/**
 * What the agent reads in the Status column: done, open (due now or overdue: em andamento)
 * or planned (due later). Derived from status and due date at the time of the query.
 */
export type ActivityState = 'done' | 'open' | 'planned';

export interface ClientActivity {
  id: number;
  clientId: number;
  kind: ActivityKind;
  title: string;
  dueAt: string;
  state: ActivityState;
  doneAt: string | null;
  ownerName: string;
  /** On list pages: the latest e-mail notification not yet delivered (pending, failed, uncertain). */
  notification?: ActivityNotificationStatus | null;
}

export type ActivityPage = Page<ClientActivity, KeyCursor>;
