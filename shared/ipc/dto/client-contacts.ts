/**
 * The Contatos tab: people at the client, with category tags and group e-mail. Types and option
 * lists only; the rules live in shared/forms/contact.schema.ts.
 */

export interface ClientContact {
  id: number;
  clientId: number;
  name: string;
  initials: string;
  company: string;
  role: string;
  email: string | null;
  phone: string | null;
  tags: string[];
  updatedAt: string;
}

export interface ContactFields {
  name: string;
  /** Blank: derived from the name. */
  initials: string;
  company: string;
  role: string;
  email: string | null;
  phone: string | null;
  tags: string[];
}
