/**
 * Sends the due rows of the activity outbox. Each row moves pending → sending → sent; the
 * 'sending' mark is committed before the message leaves, so a process that dies after the
 * server's 250 but before 'sent' leaves a trace the next start recovers (see
 * recoverInterruptedSends). The Message-ID comes from the event id, so every copy of one event
 * is the same message to the receiving side.
 */
import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import {
  claimNotification,
  dueNotifications,
  markFailed,
  markRetry,
  markSent,
  type NotificationRecord,
  type Recipient,
} from '../../db/repos/activity-notifications.repo';
import { getSmtpConfig, smtpConfigured } from '../../db/repos/email-settings.repo';
import { smtpFailure } from '../../gateways/smtp/smtp-errors';
import { createSmtpTransport, type SmtpTimeouts } from '../../gateways/smtp/smtp-transport';
import { log } from '../../log';
import { messageIdFor } from './activity-notify';
import { sharedSecrets } from '../../floor/secrets/shared-secrets';

export const MAX_ATTEMPTS = 6;
const BASE_DELAY_MS = 60_000;
const MAX_DELAY_MS = 60 * 60_000;

/** 1, 2, 4, 8, 16 minutes between attempts (capped at one hour). */
export const retryDelayMs = (attempts: number): number =>
  Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1));

export interface DeliveryOptions {
  runId: number | null;
  signal?: AbortSignal;
  limit?: number;
  timeouts?: SmtpTimeouts;
  /** Tests only: runs after the server accepted a message and before it is marked sent. */
  onAccepted?: (row: NotificationRecord) => void;
}

export interface DeliveryTotals {
  sent: number;
  retrying: number;
  failed: number;
}

const NOT_CONFIGURED = 'o servidor de e-mail não está configurado (Configurações → E-mail)';

export async function deliverDueNotifications(core: Core, opts: DeliveryOptions): Promise<DeliveryTotals> {
  const totals: DeliveryTotals = { sent: 0, retrying: 0, failed: 0 };
  const rows = dueNotifications(core.db, core.now().toISOString(), opts.limit ?? 50);
  if (rows.length === 0) return totals;
  const config = getSmtpConfig(core.db);
  if (!smtpConfigured(config)) {
    for (const r of rows) markFailed(core.db, r.id, NOT_CONFIGURED);
    totals.failed = rows.length;
    return totals;
  }
  let password: string | null = null;
  try {
    if (config.user && config.passwordCipher)
      password = await sharedSecrets(core).decrypt(config.passwordCipher);
  } catch (e) {
    // A password this computer cannot read (another Windows user, restored profile) is not
    // temporary: fail the rows visibly instead of a failed run every few seconds.
    const message = e instanceof AppFailure ? e.message : 'a senha do servidor de e-mail não pôde ser lida';
    for (const r of rows) markFailed(core.db, r.id, message);
    totals.failed = rows.length;
    return totals;
  }
  const transport = createSmtpTransport({ ...config, password }, opts.timeouts);
  try {
    for (const row of rows) {
      if (opts.signal?.aborted) break;
      if (!claimNotification(core.db, row.id, opts.runId)) continue;
      const attempts = row.attempts + 1;
      try {
        await transport.sendMail({
          messageId: messageIdFor(row.event_id),
          from: { name: config.fromName || 'Central de Atendimento', address: config.fromAddress },
          to: (JSON.parse(row.recipients) as Recipient[]).map((p) => ({ name: p.name, address: p.email })),
          subject: row.subject,
          text: row.body_text,
          ...(row.ics && row.ics_method
            ? { icalEvent: { method: row.ics_method, filename: 'convite.ics', content: row.ics } }
            : {}),
        });
      } catch (e) {
        const failure = smtpFailure(e, config.host, config.port);
        if (failure.temporary && attempts < MAX_ATTEMPTS) {
          const next = new Date(core.now().getTime() + retryDelayMs(attempts)).toISOString();
          markRetry(core.db, row.id, failure.message, next);
          totals.retrying++;
        } else {
          markFailed(core.db, row.id, failure.message);
          totals.failed++;
        }
        log.warn(`notificação ${row.id} não enviada (tentativa ${attempts}): ${failure.message}`);
        continue;
      }
      opts.onAccepted?.(row);
      markSent(core.db, row.id, core.now().toISOString());
      totals.sent++;
    }
  } finally {
    transport.close();
  }
  return totals;
}
