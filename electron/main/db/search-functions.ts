import { clientSearchKeys, contactSearchKeys } from '../services/clients/search-keys';
import type Database from 'better-sqlite3';

/**
 * SQL functions behind F9's keys (migration 0330): the triggers that keep client_search_keys in
 * step with clients and client_contacts call them, so every connection that writes those tables
 * must register them (migrate does, so every connection the app opens has them).
 */
export function registerSearchFunctions(db: Database.Database): void {
  const opts = { deterministic: true } as const;
  db.function('search_keys', opts, (legal, trade, responsible, emails, phones, abc) =>
    JSON.stringify(
      clientSearchKeys({
        legalName: String(legal ?? ''),
        tradeName: trade == null ? null : String(trade),
        responsible: responsible == null ? null : String(responsible),
        emails: emails == null ? null : String(emails),
        phones: phones == null ? null : String(phones),
        abcClass: abc == null ? null : String(abc),
      }),
    ),
  );
  db.function('contact_search_keys', opts, (name, email, phone, abc) =>
    JSON.stringify(
      contactSearchKeys(
        String(name ?? ''),
        email == null ? null : String(email),
        phone == null ? null : String(phone),
        abc == null ? null : String(abc),
      ),
    ),
  );
}
