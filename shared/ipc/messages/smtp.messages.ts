import { msg } from './define';

/** Where the mail server is (`host:port`) and nodemailer's own text, for the sentences that show them. */
interface Smtp {
  where: string;
  detail: string;
}

/**
 * nodemailer's failures in pt-BR. The code is EMAIL_FAILED for all: `temporary` (kept by the
 * gateway) tells the outbox whether a later attempt may succeed.
 */
export const smtpMessages = {
  'smtp.loginRefused': msg('EMAIL_FAILED', (_: Smtp) => 'O servidor recusou o usuário ou a senha.'),
  'smtp.loginLater': msg(
    'EMAIL_FAILED',
    (_: Smtp) => 'O servidor não aceitou o login agora; tente de novo mais tarde.',
  ),
  'smtp.untrustedCertificate': msg(
    'EMAIL_FAILED',
    (d: Smtp) =>
      `O certificado do servidor ${d.where} não é confiável (${d.detail}). ` +
      'Importe o certificado da autoridade (CA) do servidor nesta tela; a verificação nunca é desligada.',
  ),
  'smtp.noTlsOnPort': msg(
    'EMAIL_FAILED',
    (d: Smtp) =>
      `O servidor ${d.where} não fala TLS nesta porta. Confira a segurança (STARTTLS ou TLS) e a porta.`,
  ),
  'smtp.noStarttls': msg(
    'EMAIL_FAILED',
    (d: Smtp) => `O servidor ${d.where} não ofereceu STARTTLS: ${d.detail}`,
  ),
  'smtp.hostNotFound': msg(
    'EMAIL_FAILED',
    (d: Smtp) => `Servidor ${d.where} não encontrado (nome inexistente ou sem DNS).`,
  ),
  'smtp.connectionRefused': msg(
    'EMAIL_FAILED',
    (d: Smtp) => `Não foi possível conectar a ${d.where}: conexão recusada.`,
  ),
  'smtp.timeout': msg('EMAIL_FAILED', (d: Smtp) => `O servidor ${d.where} não respondeu a tempo.`),
  'smtp.envelopeLater': msg(
    'EMAIL_FAILED',
    (_: Smtp) => 'O servidor adiou o aceite do remetente ou destinatário.',
  ),
  'smtp.envelopeRefused': msg(
    'EMAIL_FAILED',
    (_: Smtp) => 'O servidor recusou o remetente ou o destinatário (relay não permitido para esta conta?).',
  ),
  'smtp.messageLater': msg('EMAIL_FAILED', (_: Smtp) => 'O servidor recusou a mensagem temporariamente.'),
  'smtp.messageRefused': msg('EMAIL_FAILED', (_: Smtp) => 'O servidor recusou a mensagem.'),
  'smtp.connectionDropped': msg(
    'EMAIL_FAILED',
    (d: Smtp) => `A conexão com ${d.where} caiu durante o envio.`,
  ),
  'smtp.failed': msg('EMAIL_FAILED', (d: Smtp) => `Falha no envio por ${d.where}.`),
  /** The server's own answer ("535 5.7.8 ..."), quoted so the admin can show it to the mail server's owner. */
  'smtp.withServerAnswer': msg(
    'EMAIL_FAILED',
    (d: { reason: string; serverResponse: string }) =>
      `${d.reason} Resposta do servidor: «${d.serverResponse}»`,
  ),
};
