/** Edits of ERP-owned fields while the ERP has not confirmed them (docs/data-ownership.md). */

/** 'client' = the register (Detalhes), 'address:<kind>' = one address. */
export type ErpEditTarget = 'client' | `address:${'delivery' | 'billing' | 'extra2' | 'extra3'}`;

export interface ClientErpEdit {
  target: ErpEditTarget;
  /** pending: waits for the ERP; conflict: the ERP changed the same field meanwhile; rejected: 400/422. */
  state: 'pending' | 'conflict' | 'rejected';
  /** Field → the agent's value. */
  mine: Record<string, unknown>;
  /** Field → the ERP's value: its newer value in a conflict, the value it kept after a rejection. */
  erp: Record<string, unknown>;
  savedAt: string;
  /** Last time it was sent to the ERP; null while it still waits for the first send. */
  sentAt: string | null;
  /** The ERP's message (rejection or conflict). */
  message: string | null;
  /** Why the last send did not get through (ERP offline…), while it waits. */
  lastError: string | null;
}
