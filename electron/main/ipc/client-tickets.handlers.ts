import {
  closeTicket,
  createTicket,
  listTickets,
  updateTicketProgress,
} from '../services/clients/client-tickets.service';
import { dayChangedAfter } from '../services/home/agent-day.service';
import { floorWrite } from '../floor/replication/floor-write';
import { defineHandlers, requireUser } from './registry';

export const clientTicketHandlers = defineHandlers({
  'clientTickets.list': ({ core }, { clientId }) => listTickets(core, clientId),
  'clientTickets.create': async (ctx, { clientId, description }) =>
    dayChangedAfter(
      ctx.core,
      await floorWrite(ctx.core, () => createTicket(ctx.core, requireUser(ctx).user, clientId, description)),
    ),
  'clientTickets.updateProgress': async (ctx, { id, progress }) =>
    dayChangedAfter(
      ctx.core,
      await floorWrite(ctx.core, () => updateTicketProgress(ctx.core, requireUser(ctx).user, id, progress)),
    ),
  'clientTickets.close': async (ctx, { id }) =>
    dayChangedAfter(
      ctx.core,
      await floorWrite(ctx.core, () => closeTicket(ctx.core, requireUser(ctx).user, id)),
    ),
});
