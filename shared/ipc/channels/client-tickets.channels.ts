import { z } from 'zod';
import { channel, id } from '../channel-spec';
import type { ClientTicket } from '../dto/client-tickets';

// Opening and following up support requests is part of every agent's call, like activities.
export const clientTicketChannels = {
  'clientTickets.list': channel<ClientTicket[]>()({ input: z.object({ clientId: id }), kind: 'query' }),
  'clientTickets.create': channel<ClientTicket>()({
    input: z.object({
      clientId: id,
      description: z
        .string()
        .trim()
        .min(1, 'Descreva a solicitação.')
        .max(500, 'A descrição deve ter no máximo 500 caracteres.'),
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
