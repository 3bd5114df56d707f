import {
  completeActivity,
  createActivity,
  listActivities,
  removeActivity,
  rescheduleActivity,
} from '../services/clients/client-activities.service';
import { dayChangedAfter } from '../services/home/agent-day.service';
import { defineHandlers, requireUser } from './registry';

export const clientActivityHandlers = defineHandlers({
  'clientActivities.list': ({ core }, input) => listActivities(core, input),
  'clientActivities.create': (ctx, input) =>
    dayChangedAfter(ctx.core, createActivity(ctx.core, requireUser(ctx).user, input)),
  'clientActivities.complete': (ctx, { id }) =>
    dayChangedAfter(ctx.core, completeActivity(ctx.core, requireUser(ctx).user, id)),
  'clientActivities.reschedule': (ctx, { id, dueAt }) =>
    dayChangedAfter(ctx.core, rescheduleActivity(ctx.core, requireUser(ctx).user, id, dueAt)),
  'clientActivities.remove': (ctx, { id }) => {
    removeActivity(ctx.core, requireUser(ctx).user, id);
    return dayChangedAfter(ctx.core, { id });
  },
});
