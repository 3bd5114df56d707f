import { msg } from './define';

/** E-mail settings and activity notifications. */
export const emailMessages = {
  'email.participantGone': msg(
    'VALIDATION',
    () =>
      'Um dos participantes escolhidos não tem mais e-mail ou não pertence a este cliente. Atualize a lista.',
  ),
  'email.notificationNotFound': msg('NOT_FOUND', () => 'Notificação não encontrada.'),
  'email.notificationAlreadySent': msg(
    'CONFLICT',
    () => 'Esta notificação já foi enviada ou está na fila de envio.',
  ),
  'email.plainOnlyLocal': msg(
    'VALIDATION',
    () =>
      'Sem criptografia só é permitido para um servidor neste computador (127.0.0.1). Use STARTTLS ou TLS.',
  ),
  'email.passwordRetype': msg(
    'VALIDATION',
    () => 'Ao mudar o servidor, a porta ou o usuário, digite a senha novamente.',
  ),
  /** `reason` is the SMTP gateway's description of the failure, with the server's own answer. */
  'email.testFailed': msg('EMAIL_FAILED', (d: { reason: string }) => d.reason),
};
