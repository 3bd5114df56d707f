/** The Contatos tab: people at the client, with category tags and group e-mail. */
import { isValidEmail, isValidPhoneBR } from '../../domain/contact';
import { nationalPhoneDigits } from './client-details';

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

export type ContactErrors = Partial<Record<keyof ContactFields, string>>;

export const MAX_CONTACT_TAGS = 8;
export const TAG_SUGGESTIONS = [
  'Diretor',
  'Responsável de Marketing',
  'Compras',
  'Financeiro',
  'Logística',
  'Decisor',
  'Técnico',
] as const;

// Particles that never become initials: "Maria da Silva" → "MS".
const PARTICLES = new Set(['da', 'das', 'de', 'do', 'dos', 'e']);

export function initialsOf(name: string): string {
  const words = name
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '' && !PARTICLES.has(w.toLowerCase()));
  const first = words[0]?.charAt(0) ?? '';
  const last = words.length > 1 ? (words[words.length - 1]?.charAt(0) ?? '') : '';
  return (first + last).toUpperCase();
}

export function normalizeContact(c: ContactFields): ContactFields {
  const name = c.name.trim().replace(/\s+/g, ' ');
  const email = c.email?.trim() ?? '';
  const phone = c.phone === null ? '' : nationalPhoneDigits(c.phone);
  const tags = [...new Set(c.tags.map((t) => t.trim().replace(/\s+/g, ' ')).filter((t) => t !== ''))];
  return {
    name,
    initials: (c.initials.trim() || initialsOf(name)).toUpperCase(),
    company: c.company.trim(),
    role: c.role.trim(),
    email: email === '' ? null : email,
    phone: phone === '' ? null : phone,
    tags,
  };
}

export function validateContact(c: ContactFields): ContactErrors {
  const errors: ContactErrors = {};
  if (c.name === '') errors.name = 'Informe o nome do contato.';
  else if (c.name.length > 120) errors.name = 'O nome deve ter no máximo 120 caracteres.';
  if (!/^[\p{L}\d]{1,4}$/u.test(c.initials)) errors.initials = 'Use de 1 a 4 letras nas iniciais.';
  if (c.company.length > 120) errors.company = 'A empresa deve ter no máximo 120 caracteres.';
  if (c.role.length > 80) errors.role = 'O cargo deve ter no máximo 80 caracteres.';
  if (c.email !== null && !isValidEmail(c.email)) errors.email = `E-mail inválido: "${c.email}".`;
  if (c.phone !== null && !isValidPhoneBR(c.phone))
    errors.phone = 'Telefone inválido: use DDD + número, ex.: (47) 99999-8888.';
  if (c.tags.length > MAX_CONTACT_TAGS) errors.tags = `No máximo ${MAX_CONTACT_TAGS} etiquetas.`;
  else if (c.tags.some((t) => t.length > 40)) errors.tags = 'Cada etiqueta deve ter no máximo 40 caracteres.';
  return errors;
}

/** mailto: for the selected contacts; only addresses that passed validation are ever stored. */
export function mailtoFor(emails: string[]): string {
  return `mailto:${emails.map((e) => encodeURIComponent(e).replace(/%40/g, '@')).join(',')}`;
}
