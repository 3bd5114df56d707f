import type { ClientContact, ContactFields } from '../../../../shared/ipc/dto/client-contacts';
import type { Db } from '../connection';
import { prepared } from './client-statements.repo';

interface ContactRecord {
  id: number;
  client_id: number;
  name: string;
  initials: string;
  company: string;
  role: string;
  email: string | null;
  phone: string | null;
  tags: string;
  updated_at: string;
}

const toContact = (r: ContactRecord): ClientContact => ({
  id: r.id,
  clientId: r.client_id,
  name: r.name,
  initials: r.initials,
  company: r.company,
  role: r.role,
  email: r.email,
  phone: r.phone,
  tags: JSON.parse(r.tags) as string[],
  updatedAt: r.updated_at,
});

export function listClientContacts(db: Db, clientId: number): ClientContact[] {
  return (
    prepared(db, 'SELECT * FROM client_contacts WHERE client_id = ? ORDER BY name, id').all(
      clientId,
    ) as ContactRecord[]
  ).map(toContact);
}

export function getClientContact(db: Db, id: number): ClientContact | undefined {
  const r = prepared(db, 'SELECT * FROM client_contacts WHERE id = ?').get(id) as ContactRecord | undefined;
  return r && toContact(r);
}

export type NewContact = ContactFields & { clientId: number; at: string };

/** One prepared INSERT, reused by the service and by the demo seeding. */
export function contactInserter(db: Db): (c: NewContact) => number {
  const stmt = db.prepare(
    `INSERT INTO client_contacts (client_id, name, initials, company, role, email, phone, tags, created_at, updated_at)
     VALUES (@clientId, @name, @initials, @company, @role, @email, @phone, @tags, @at, @at)`,
  );
  return (c) => Number(stmt.run({ ...c, tags: JSON.stringify(c.tags) }).lastInsertRowid);
}

export function updateClientContact(db: Db, id: number, c: ContactFields, at: string): void {
  prepared(
    db,
    `UPDATE client_contacts SET name = @name, initials = @initials, company = @company, role = @role,
       email = @email, phone = @phone, tags = @tags, updated_at = @at WHERE id = @id`,
  ).run({ ...c, tags: JSON.stringify(c.tags), at, id });
}

export function deleteClientContact(db: Db, id: number): void {
  prepared(db, 'DELETE FROM client_contacts WHERE id = ?').run(id);
}
