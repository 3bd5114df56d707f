import { z } from 'zod';
import { channel, id } from '../channel-spec';
import { type ActivityPage, type ClientActivity } from '../dto/client-activities';
import { ACTIVITY_FILTERS, ACTIVITY_KINDS } from '../../domain/activities';
import { keyCursor, pageLimit } from './client-paging.channels';
import { activityDueAt, activityTitle } from '../../forms/activity.schema';

const instant = activityDueAt;

// Logging calls and planning follow-ups is every agent's daily work, not an edit of the register.
export const clientActivityChannels = {
  'clientActivities.list': channel<ActivityPage>()({
    input: z.object({
      clientId: id,
      filter: z.enum(ACTIVITY_FILTERS).default('all'),
      after: keyCursor.optional(),
      limit: pageLimit,
    }),
    kind: 'query',
  }),
  'clientActivities.create': channel<ClientActivity>()({
    input: z.object({
      clientId: id,
      kind: z.enum(ACTIVITY_KINDS),
      title: activityTitle,
      dueAt: instant,
      /** Console users and the client's contacts to be told by e-mail, besides the responsible user. */
      participants: z
        .array(z.object({ kind: z.enum(['user', 'contact']), id }))
        .max(50, 'No máximo 50 participantes.')
        .default([]),
      /** "Notificar participantes". */
      notify: z.boolean().default(true),
    }),
    kind: 'mutation',
    anyUser: true,
  }),
  'clientActivities.complete': channel<ClientActivity>()({
    input: z.object({ id }),
    kind: 'mutation',
    anyUser: true,
  }),
  'clientActivities.reschedule': channel<ClientActivity>()({
    input: z.object({ id, dueAt: instant }),
    kind: 'mutation',
    anyUser: true,
  }),
  'clientActivities.remove': channel<{ id: number }>()({
    input: z.object({ id }),
    kind: 'mutation',
    anyUser: true,
  }),
};
