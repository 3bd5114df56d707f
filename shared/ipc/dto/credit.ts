import type { Client } from './clients';

export interface CreditUpdateResult {
  client: Client;
  /** The ERP write-back waiting in the outbox. */
  outboxId: number;
}

export interface CreditPolicy {
  /** Increases above this ask for an explicit confirmation, even for groups without a cap. */
  confirmAboveCents: number;
}

/** The limit dialog's budget: what the agent may still raise this client by in the rolling window. */
export interface CreditAllowance {
  capCents: number | null;
  usedCents: number;
  /** null: the agent's group has no cap. */
  remainingCents: number | null;
  windowHours: number;
  confirmAboveCents: number;
  /** The bureau's suggestion from the client's latest query, when there is one. */
  suggestedLimitCents: number | null;
}
