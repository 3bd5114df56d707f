import { type ClientTicket } from '../../../../shared/ipc/dto/client-tickets';
import { ticketReference } from '../../../../shared/domain/tickets';
import type { Db } from '../connection';
import { prepared } from './client-statements.repo';

interface TicketRecord {
  id: number;
  client_id: number;
  description: string;
  progress: number;
  status: 'open' | 'closed';
  opened_at: string;
  updated_at: string;
  closed_at: string | null;
}

const toTicket = (r: TicketRecord): ClientTicket => ({
  id: r.id,
  clientId: r.client_id,
  reference: ticketReference(r.id),
  description: r.description,
  progress: r.progress,
  status: r.status,
  openedAt: r.opened_at,
  updatedAt: r.updated_at,
  closedAt: r.closed_at,
});

/** Open requests first ('open' > 'closed'), newest first within each; the index serves the order. */
export function listClientTickets(db: Db, clientId: number, limit: number): ClientTicket[] {
  return (
    prepared(
      db,
      'SELECT * FROM client_tickets WHERE client_id = ? ORDER BY status DESC, id DESC LIMIT ?',
    ).all(clientId, limit) as TicketRecord[]
  ).map(toTicket);
}

export function getClientTicket(db: Db, id: number): ClientTicket | undefined {
  const r = prepared(db, 'SELECT * FROM client_tickets WHERE id = ?').get(id) as TicketRecord | undefined;
  return r && toTicket(r);
}

export interface NewTicket {
  clientId: number;
  description: string;
  progress: number;
  status: 'open' | 'closed';
  openedAt: string;
  updatedAt: string;
  closedAt: string | null;
}

/** One prepared INSERT, reused by the service and by the demo seeding. */
export function ticketInserter(db: Db): (t: NewTicket) => number {
  const stmt = db.prepare(
    `INSERT INTO client_tickets (client_id, description, progress, status, opened_at, updated_at, closed_at)
     VALUES (@clientId, @description, @progress, @status, @openedAt, @updatedAt, @closedAt)`,
  );
  return (t) => Number(stmt.run(t).lastInsertRowid);
}

export function setTicketProgress(db: Db, id: number, progress: number, at: string): void {
  prepared(db, 'UPDATE client_tickets SET progress = ?, updated_at = ? WHERE id = ?').run(progress, at, id);
}

export function closeClientTicket(db: Db, id: number, at: string): void {
  prepared(
    db,
    "UPDATE client_tickets SET status = 'closed', progress = 100, closed_at = ?, updated_at = ? WHERE id = ?",
  ).run(at, at, id);
}
