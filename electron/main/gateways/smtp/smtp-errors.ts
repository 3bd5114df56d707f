import { messageFor, type MessageKey } from '../../../../shared/ipc/messages';

/**
 * nodemailer's errors in pt-BR (sentences in shared/ipc/messages/smtp.messages.ts), keeping the
 * server's own answer ("535 5.7.8 ...") so the admin can show it to whoever runs the mail server. `temporary` tells the outbox whether a later
 * attempt may succeed (4xx, network) or not (5xx, wrong password, untrusted certificate).
 */
export interface SmtpFailure {
  message: string;
  serverResponse: string | null;
  temporary: boolean;
}

interface NodemailerError {
  code?: string;
  command?: string;
  responseCode?: number;
  response?: string;
  message?: string;
}

const CERT_PATTERNS =
  /self[- ]signed|unable to (get|verify)|certificate (has expired|is not yet valid)|Hostname\/IP does not match|altnames/i;

type SmtpKey = Extract<MessageKey, `smtp.${string}`>;

function describe(e: NodemailerError): {
  key: Exclude<SmtpKey, 'smtp.withServerAnswer'>;
  temporary: boolean;
} {
  const message = e.message ?? '';
  const code = e.responseCode ?? 0;
  if (e.code === 'EAUTH') {
    if (code >= 500 || code === 0) return { key: 'smtp.loginRefused', temporary: false };
    return { key: 'smtp.loginLater', temporary: true };
  }
  if (CERT_PATTERNS.test(message)) return { key: 'smtp.untrustedCertificate', temporary: false };
  if (/wrong version number|packet length too long|ssl3_get_record/i.test(message)) {
    return { key: 'smtp.noTlsOnPort', temporary: false };
  }
  if (e.code === 'ETLS' || /STARTTLS/i.test(message)) return { key: 'smtp.noStarttls', temporary: false };
  if (e.code === 'EDNS') return { key: 'smtp.hostNotFound', temporary: true };
  if (/ECONNREFUSED/.test(message)) return { key: 'smtp.connectionRefused', temporary: true };
  if (e.code === 'ETIMEDOUT') return { key: 'smtp.timeout', temporary: true };
  if (e.code === 'EENVELOPE') {
    if (code >= 400 && code < 500) return { key: 'smtp.envelopeLater', temporary: true };
    return { key: 'smtp.envelopeRefused', temporary: false };
  }
  if (e.code === 'EMESSAGE' || code > 0) {
    if (code >= 400 && code < 500) return { key: 'smtp.messageLater', temporary: true };
    return { key: 'smtp.messageRefused', temporary: false };
  }
  if (e.code === 'ECONNECTION' || e.code === 'ESOCKET')
    return { key: 'smtp.connectionDropped', temporary: true };
  return { key: 'smtp.failed', temporary: true };
}

export function smtpFailure(error: unknown, host: string, port: number): SmtpFailure {
  const e = (typeof error === 'object' && error ? error : {}) as NodemailerError;
  const { key, temporary } = describe(e);
  const reason = messageFor(key, { where: `${host}:${port}`, detail: e.message ?? '' });
  const serverResponse = e.response?.trim() || null;
  return {
    message: serverResponse ? messageFor('smtp.withServerAnswer', { reason, serverResponse }) : reason,
    serverResponse,
    temporary,
  };
}
