import {
  closeTicket,
  createTicket,
  listTickets,
  updateTicketProgress,
} from '../services/clients/client-tickets.service';
import { defineHandlers, requireUser } from './registry';

export const clientTicketHandlers = defineHandlers({
  'clientTickets.list': ({ core }, { clientId }) => listTickets(core, clientId),
  'clientTickets.create': (ctx, { clientId, description }) =>
    createTicket(ctx.core, requireUser(ctx).user, clientId, description),
  'clientTickets.updateProgress': (ctx, { id, progress }) =>
    updateTicketProgress(ctx.core, requireUser(ctx).user, id, progress),
  'clientTickets.close': (ctx, { id }) => closeTicket(ctx.core, requireUser(ctx).user, id),
});
