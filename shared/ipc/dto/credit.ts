import type { Client } from './clients';

export interface CreditUpdateResult {
  client: Client;
  /** The ERP write-back waiting in the outbox. */
  outboxId: number;
}
