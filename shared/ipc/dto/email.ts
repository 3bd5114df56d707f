/** Configurações → E-mail and the activity notifications it sends. Types only. */
import type { CaCertificateInfo } from './bureau';

/** starttls: plain connection upgraded (port 587); tls: TLS from the first byte (465); none: loopback relays only. */
export type SmtpSecurity = 'starttls' | 'tls' | 'none';

export interface EmailSettingsView {
  host: string;
  port: number;
  security: SmtpSecurity;
  user: string;
  passwordState: 'none' | 'saved' | 'unreadable';
  passwordProblem: string | null;
  fromName: string;
  fromAddress: string;
  caCertificate: CaCertificateInfo | null;
  configured: boolean;
  protectionNote: string;
}

export interface EmailTestOutcome {
  /** pt-BR: what happened, with the server's own answer when it gave one. */
  message: string;
  serverResponse: string | null;
}

export type NotificationState = 'pending' | 'sending' | 'sent' | 'failed' | 'uncertain';
export type NotificationEvent = 'created' | 'changed' | 'deleted';

/** One outbox row as the activity list shows it. */
export interface ActivityNotificationStatus {
  id: number;
  event: NotificationEvent;
  state: NotificationState;
  attempts: number;
  lastError: string | null;
  recipients: string[];
  sentAt: string | null;
}

/** A person who can be chosen on the activity form: a console user or one of the client's contacts. */
export interface ParticipantCandidate {
  kind: 'user' | 'contact';
  id: number;
  name: string;
  email: string;
}
