/** The Suporte ao cliente tab: support requests and how far their resolution has come. */

export type TicketStatus = 'open' | 'closed';

export interface ClientTicket {
  id: number;
  clientId: number;
  /** Unique, stable identifier shown to the client on the phone: "SUP-000123". */
  reference: string;
  description: string;
  /** Percentage of resolution, 0–100. */
  progress: number;
  status: TicketStatus;
  openedAt: string;
  updatedAt: string;
  closedAt: string | null;
}
