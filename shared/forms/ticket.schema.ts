/** "Nova solicitação de suporte": one description rule for the dialog and clientTickets.create. */
import { z } from 'zod';

export const ticketDescription = z
  .string()
  .trim()
  .min(1, 'Descreva a solicitação.')
  .max(500, 'A descrição deve ter no máximo 500 caracteres.');

export const ticketFormSchema = z.object({ description: ticketDescription });

export type TicketFormValues = z.input<typeof ticketFormSchema>;
export type TicketFormOutput = z.output<typeof ticketFormSchema>;
