import { msg } from './define';

/** Meu dia and the telephony's screen pop. */
export const homeMessages = {
  'home.linkInvalid': msg(
    'VALIDATION',
    (d: { reason: string }) => `Link da telefonia inválido: ${d.reason}. Nada foi aberto.`,
  ),
  'home.clientNotFound': msg(
    'NOT_FOUND',
    (d: { ref: string }) => `Nenhum cliente com o CNPJ, CPF ou código ERP ${d.ref}. Nada foi aberto.`,
  ),
  'home.noClientForPhone': msg('NOT_FOUND', () => 'Nenhum cliente com este telefone'),
  'home.callDraftGone': msg('NOT_FOUND', () => 'Esta chamada recebida não existe mais.'),
  'home.callDraftSettled': msg(
    'CONFLICT',
    () => 'Esta chamada recebida já foi registrada ou descartada (talvez em outra janela).',
  ),
  'home.callDraftNeedsClient': msg(
    'VALIDATION',
    () => 'Abra o cliente desta chamada (F9) antes de registrá-la, ou descarte-a.',
  ),
};
