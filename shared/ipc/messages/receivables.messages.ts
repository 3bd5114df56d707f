import { msg } from './define';

/** Receivables sent to the bureau, and which computer sends them. */
export const receivablesMessages = {
  'receivables.hostNeedsErp': msg(
    'ERP_NOT_CONFIGURED',
    () =>
      'Configure a integração com o ERP (Configurações → Integração) para designar o computador que envia as contas a receber.',
  ),
  'receivables.hostTaken': msg(
    'CONFLICT',
    (d: { machineName: string }) =>
      `O computador "${d.machineName}" já está designado para enviar as contas a receber ao bureau. ` +
      'Confirme para que este computador assuma o envio (o outro deixará de enviar).',
  ),
  'receivables.hostChangedMeanwhile': msg(
    'CONFLICT',
    () => 'Outro computador mudou a designação agora mesmo. Confira quem está designado e tente novamente.',
  ),
  'receivables.sendInterrupted': msg(
    'CANCELLED',
    () => 'Envio interrompido; continua do ponto em que parou na próxima execução.',
  ),
  'receivables.sendGaveUp': msg(
    'BUREAU_UNREACHABLE',
    (d: { attempts: number; reason: string }) =>
      `O bureau não aceitou o envio após ${d.attempts} tentativa(s) (${d.reason}). ` +
      'O envio foi pausado e continua do ponto em que parou na próxima execução.',
  ),
  'receivables.exportTotalsMismatch': msg(
    'RECEIVABLES_TOTALS_MISMATCH',
    (d: {
      exportId: number;
      rows: number;
      amountCents: number;
      confirmedRows: number;
      confirmedCents: number;
      rejectedRows: number;
    }) =>
      `Totais de controle divergentes no envio ${d.exportId}: registrados ${d.rows} registro(s) / ${d.amountCents} centavos; ` +
      `o bureau confirmou ${d.confirmedRows} / ${d.confirmedCents} (recusados ${d.rejectedRows}).`,
  ),
  'receivables.batchTotalsMismatch': msg(
    'RECEIVABLES_TOTALS_MISMATCH',
    (d: {
      sentRows: number;
      sentCents: number;
      confirmedRows: number;
      confirmedCents: number;
      sameKeys: boolean;
    }) =>
      `Totais de controle divergentes no lote: enviados ${d.sentRows} registro(s) / ${d.sentCents} centavos, ` +
      `o bureau confirmou ${d.confirmedRows} / ${d.confirmedCents}` +
      (d.sameKeys ? '.' : ' e um hash de chaves diferente.'),
  ),
  'receivables.batchNoAck': msg(
    'RECEIVABLES_TOTALS_MISMATCH',
    () => 'O bureau respondeu sem a confirmação do lote (recebidos, somaCentavos, hashChaves).',
  ),
  'receivables.bureauAnswered': msg(
    'BUREAU_REJECTED',
    (d: { status: number | null; serverMessage: string | null }) =>
      `O bureau respondeu HTTP ${String(d.status)}${d.serverMessage !== null ? `: ${d.serverMessage}` : ''}`,
  ),
  'receivables.disabledForBureau': msg(
    'RECEIVABLES_DISABLED',
    () => 'Envio de contas a receber desativado para este bureau (formato ainda não confirmado).',
  ),
  'receivables.formatUnconfirmed': msg(
    'RECEIVABLES_DISABLED',
    () =>
      'Envio de contas a receber desativado: o formato dos dados ainda não foi confirmado pela Deps ' +
      '(só o simulador local recebe os envios).',
  ),
};
