import { z } from 'zod';
import { ticketDescription } from '../../forms/ticket.schema';
import { channel, id } from '../channel-spec';
import type { ClientTicket } from '../dto/client-tickets';

// Opening and following up support requests is part of every agent's call, like activities.
export const clientTicketChannels = {
  'clientTickets.list': channel<ClientTicket[]>()({ input: z.object({ clientId: id }), kind: 'query' }),
  'clientTickets.create': channel<ClientTicket>()({
    input: z.object({
      clientId: id,
      description: ticketDescription,
    }),
    kind: 'mutation',
    anyUser: true,
  }),
  'clientTickets.updateProgress': channel<ClientTicket>()({
    input: z.object({
      id,
      progress: z
        .number()
        .int('Use um percentual inteiro.')
        .min(0, 'O progresso vai de 0 a 100%.')
        .max(100, 'O progresso vai de 0 a 100%.'),
    }),
    kind: 'mutation',
    anyUser: true,
  }),
  'clientTickets.close': channel<ClientTicket>()({
    input: z.object({ id }),
    kind: 'mutation',
    anyUser: true,
  }),
};
