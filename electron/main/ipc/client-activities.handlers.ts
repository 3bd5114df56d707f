import {
  completeActivity,
  createActivity,
  listActivities,
  removeActivity,
  rescheduleActivity,
} from '../services/clients/client-activities.service';
import { defineHandlers, requireUser } from './registry';

export const clientActivityHandlers = defineHandlers({
  'clientActivities.list': ({ core }, input) => listActivities(core, input),
  'clientActivities.create': (ctx, input) => createActivity(ctx.core, requireUser(ctx).user, input),
  'clientActivities.complete': (ctx, { id }) => completeActivity(ctx.core, requireUser(ctx).user, id),
  'clientActivities.reschedule': (ctx, { id, dueAt }) =>
    rescheduleActivity(ctx.core, requireUser(ctx).user, id, dueAt),
  'clientActivities.remove': (ctx, { id }) => {
    removeActivity(ctx.core, requireUser(ctx).user, id);
    return { id };
  },
});
