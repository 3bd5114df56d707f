import {
  closeTicket,
  createTicket,
  listTickets,
  updateTicketProgress,
} from '../services/clients/client-tickets.service';
import { dayChangedAfter } from '../services/home/agent-day.service';
import { defineHandlers, requireUser } from './registry';

export const clientTicketHandlers = defineHandlers({
  'clientTickets.list': ({ core }, { clientId }) => listTickets(core, clientId),
  'clientTickets.create': (ctx, { clientId, description }) =>
    dayChangedAfter(ctx.core, createTicket(ctx.core, requireUser(ctx).user, clientId, description)),
  'clientTickets.updateProgress': (ctx, { id, progress }) =>
    dayChangedAfter(ctx.core, updateTicketProgress(ctx.core, requireUser(ctx).user, id, progress)),
  'clientTickets.close': (ctx, { id }) =>
    dayChangedAfter(ctx.core, closeTicket(ctx.core, requireUser(ctx).user, id)),
});
