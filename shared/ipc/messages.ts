/**
 * One pt-BR catalog for every failure the console tells a user: main renders it at the registry
 * edge and the renderer reuses it for its own guards, so the same situation is always told the
 * same way. Services and gateways never write the sentence: they throw a key with typed details
 * (`throw new AppFailure('users.loginTaken', { login })`); the key also fixes the wire code.
 * New entries go in the feature's file under messages/ (append near the end).
 */
import type { Permission } from '../auth/permissions';
import { appMessages } from './messages/app.messages';
import { authMessages } from './messages/auth.messages';
import { bureauMessages } from './messages/bureau.messages';
import { clientsMessages } from './messages/clients.messages';
import { creditMessages } from './messages/credit.messages';
import { databaseMessages } from './messages/database.messages';
import { emailMessages } from './messages/email.messages';
import { erpMessages } from './messages/erp.messages';
import { integrationMessages } from './messages/integration.messages';
import { receivablesMessages } from './messages/receivables.messages';
import { smtpMessages } from './messages/smtp.messages';
import { creditReleaseMessages } from './messages/credit-release.messages';
import { homeMessages } from './messages/home.messages';
import { panelMessages } from './messages/panel.messages';
import { consentMessages } from './messages/consent.messages';
import { floorMessages } from './messages/floor.messages';
import { floorFeedMessages } from './messages/floor-feed.messages';
import { floorJobsMessages } from './messages/floor-jobs.messages';
import { floorAccountsMessages } from './messages/floor-accounts.messages';
import { floorHistoryMessages } from './messages/floor-history.messages';
import type { ErrorCode } from './result';

export const CATALOG = {
  ...appMessages,
  ...authMessages,
  ...databaseMessages,
  ...clientsMessages,
  ...creditMessages,
  ...bureauMessages,
  ...erpMessages,
  ...integrationMessages,
  ...receivablesMessages,
  ...emailMessages,
  ...smtpMessages,
  ...creditReleaseMessages,
  ...homeMessages,
  ...panelMessages,
  ...consentMessages,
  ...floorMessages,
  ...floorFeedMessages,
  ...floorJobsMessages,
  ...floorAccountsMessages,
  ...floorHistoryMessages,
};

export type MessageKey = keyof typeof CATALOG;

/** `[]` for a sentence without details, `[details]` otherwise. */
export type DetailsArgs<K extends MessageKey> =
  Parameters<(typeof CATALOG)[K]['text']> extends [infer D] ? ([D] extends [void] ? [] : [details: D]) : [];

/** A key followed by its details, as one tuple per key (what AppFailure and failWith take). */
export type MessageArgs = { [K in MessageKey]: [key: K, ...details: DetailsArgs<K>] }[MessageKey];

export const isMessageKey = (key: unknown): key is MessageKey =>
  typeof key === 'string' && Object.prototype.hasOwnProperty.call(CATALOG, key);

export const codeOf = (key: MessageKey): ErrorCode => CATALOG[key].code;

/** The pt-BR sentence for a key and its details. */
export function messageFor(...[key, details]: MessageArgs): string {
  return (CATALOG[key].text as (d: unknown) => string)(details);
}

/** Kept for callers written before the catalog had keys (same sentence as 'auth.forbidden'). */
export const MESSAGES = {
  FORBIDDEN: (d: { permission: Permission }): string => messageFor('auth.forbidden', d),
} as const;
