import { X509Certificate } from 'node:crypto';
import type { SessionUser } from '../../../../shared/ipc/dto/auth';
import type { EmailSettingsView, EmailTestOutcome, SmtpSecurity } from '../../../../shared/ipc/dto/email';
import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import { diffFields, insertAudit } from '../../db/repos/audit.repo';
import {
  getSmtpConfig,
  SMTP_CONFIG_KEY,
  smtpConfigured,
  type SmtpConfig,
} from '../../db/repos/email-settings.repo';
import { describeCertificate, readCaPem } from '../../gateways/bureau/spki';
import { smtpFailure } from '../../gateways/smtp/smtp-errors';
import { createSmtpTransport, isLoopbackHost, type SmtpConnection } from '../../gateways/smtp/smtp-transport';
import { log } from '../../log';
import { sharedSecrets } from '../../floor/secrets/shared-secrets';
import { refreshSharedSettings, saveSharedSettings } from '../../floor/settings/shared-settings';

export interface EmailSettingsInput {
  host: string;
  port: number;
  security: SmtpSecurity;
  user: string;
  password?: string | null;
  fromName: string;
  fromAddress: string;
  caPem?: string | null;
}

async function passwordState(core: Core, c: SmtpConfig) {
  if (!c.passwordCipher) return { passwordState: 'none' as const, passwordProblem: null };
  try {
    await sharedSecrets(core).decrypt(c.passwordCipher);
    return { passwordState: 'saved' as const, passwordProblem: null };
  } catch (e) {
    if (!(e instanceof AppFailure)) throw e;
    return { passwordState: 'unreadable' as const, passwordProblem: e.message };
  }
}

export async function emailSettingsView(core: Core): Promise<EmailSettingsView> {
  await refreshSharedSettings(core);
  const c = getSmtpConfig(core.db);
  return {
    host: c.host,
    port: c.port,
    security: c.security,
    user: c.user,
    ...(await passwordState(core, c)),
    fromName: c.fromName,
    fromAddress: c.fromAddress,
    caCertificate: c.caPem ? describeCertificate(new X509Certificate(c.caPem), core.now()) : null,
    configured: smtpConfigured(c),
    protectionNote: sharedSecrets(core).protectionNote,
  };
}

/** Unencrypted SMTP would carry the password and the messages in clear: only a relay on this computer. */
function checkSecurity(input: EmailSettingsInput): void {
  if (input.security === 'none' && !isLoopbackHost(input.host)) {
    throw new AppFailure('email.plainOnlyLocal');
  }
}

/** The saved password only goes to the server and account it was typed for. */
function requirePasswordForNewTarget(saved: SmtpConfig, input: EmailSettingsInput): void {
  if (input.password || !saved.passwordCipher || !input.user) return;
  const same =
    input.host.trim().toLowerCase() === saved.host.toLowerCase() &&
    input.port === saved.port &&
    input.user.trim() === saved.user;
  if (!same) {
    throw new AppFailure('email.passwordRetype');
  }
}

function normalizedCa(pem: string | null | undefined, saved: string | null, now: Date): string | null {
  if (pem === undefined) return saved;
  return pem === null || pem.trim() === '' ? null : readCaPem(pem, now).pem;
}

async function resolvedConnection(
  core: Core,
  input: EmailSettingsInput,
): Promise<{ connection: SmtpConnection; passwordCipher: string | null }> {
  checkSecurity(input);
  const saved = getSmtpConfig(core.db);
  requirePasswordForNewTarget(saved, input);
  const user = input.user.trim();
  let password: string | null = null;
  let passwordCipher: string | null = null;
  if (user && input.password) {
    password = input.password;
  } else if (user && saved.passwordCipher) {
    password = await sharedSecrets(core).decrypt(saved.passwordCipher);
    passwordCipher = saved.passwordCipher;
  }
  return {
    connection: {
      host: input.host.trim(),
      port: input.port,
      security: input.security,
      user,
      password,
      caPem: normalizedCa(input.caPem, saved.caPem, core.now()),
    },
    passwordCipher,
  };
}

export async function saveEmailSettings(
  core: Core,
  user: SessionUser,
  input: EmailSettingsInput,
): Promise<EmailSettingsView> {
  await refreshSharedSettings(core);
  const before = getSmtpConfig(core.db);
  const { connection, passwordCipher: kept } = await resolvedConnection(core, input);
  let passwordCipher = kept;
  if (connection.user && input.password) {
    const secrets = sharedSecrets(core);
    const availability = await secrets.availability();
    if (!availability.ok)
      throw new AppFailure('secrets.encryptionUnavailable', { reason: availability.reason });
    passwordCipher = await secrets.encrypt(input.password);
  }
  const after: SmtpConfig = {
    host: connection.host,
    port: connection.port,
    security: connection.security,
    user: connection.user,
    passwordCipher,
    fromName: input.fromName.trim(),
    fromAddress: input.fromAddress.trim(),
    caPem: connection.caPem,
  };
  const at = core.now().toISOString();
  await saveSharedSettings(core, { [SMTP_CONFIG_KEY]: JSON.stringify(after) }, () => {
    // The audit names a password change, never the password or its ciphertext.
    const view = (c: SmtpConfig) => ({
      host: c.host,
      port: c.port,
      security: c.security,
      user: c.user,
      fromName: c.fromName,
      fromAddress: c.fromAddress,
      password: c.passwordCipher ? 'definida' : 'nenhuma',
      ca: c.caPem ? 'importada' : 'nenhuma',
    });
    insertAudit(core.db, {
      at,
      userId: user.id,
      userName: user.name,
      entity: 'settings',
      entityId: 'email',
      action: 'Configurações de e-mail alteradas',
      changes: diffFields(view(before), view(after), Object.keys(view(after)) as never),
    });
  });
  return emailSettingsView(core);
}

export async function sendTestEmail(
  core: Core,
  input: EmailSettingsInput & { to: string },
): Promise<EmailTestOutcome> {
  const { connection } = await resolvedConnection(core, input);
  const transport = createSmtpTransport(connection);
  try {
    const info = await transport.sendMail({
      from: { name: input.fromName.trim() || 'Central de Atendimento', address: input.fromAddress.trim() },
      to: input.to,
      subject: 'Central de Atendimento: e-mail de teste',
      text:
        'Este é um e-mail de teste enviado em Configurações → E-mail da Central de Atendimento.\n' +
        'Se você o recebeu, as notificações de atividades chegarão por este servidor.',
    });
    return { message: `E-mail de teste enviado para ${input.to}.`, serverResponse: info.response ?? null };
  } catch (e) {
    const failure = smtpFailure(e, connection.host, connection.port);
    log.warn(`e-mail de teste falhou: ${failure.message}`);
    throw new AppFailure('email.testFailed', { reason: failure.message });
  } finally {
    transport.close();
  }
}
