import {
  completeActivity,
  createActivity,
  listActivities,
  removeActivity,
  rescheduleActivity,
} from '../services/clients/client-activities.service';
import { dayChangedAfter } from '../services/home/agent-day.service';
import { floorWrite } from '../floor/replication/floor-write';
import { defineHandlers, requireUser } from './registry';

export const clientActivityHandlers = defineHandlers({
  'clientActivities.list': ({ core }, input) => listActivities(core, input),
  'clientActivities.create': async (ctx, input) =>
    dayChangedAfter(
      ctx.core,
      await floorWrite(ctx.core, () => createActivity(ctx.core, requireUser(ctx).user, input)),
    ),
  'clientActivities.complete': async (ctx, { id }) =>
    dayChangedAfter(
      ctx.core,
      await floorWrite(ctx.core, () => completeActivity(ctx.core, requireUser(ctx).user, id)),
    ),
  'clientActivities.reschedule': async (ctx, { id, dueAt }) =>
    dayChangedAfter(
      ctx.core,
      await floorWrite(ctx.core, () => rescheduleActivity(ctx.core, requireUser(ctx).user, id, dueAt)),
    ),
  'clientActivities.remove': async (ctx, { id }) => {
    await floorWrite(ctx.core, () => removeActivity(ctx.core, requireUser(ctx).user, id));
    return dayChangedAfter(ctx.core, { id });
  },
});
