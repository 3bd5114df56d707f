/** Option lists and helpers of the tickets DTOs (shared/ipc/dto/client-tickets.ts holds types only). */

export const ticketReference = (id: number): string => `SUP-${String(id).padStart(6, '0')}`;
