import { msg } from './define';

const hhmm = new Intl.DateTimeFormat('pt-BR', {
  timeZone: 'America/Sao_Paulo',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const badResponse = (detail: string): string =>
  `O ERP enviou uma resposta fora do formato esperado (${detail}). Nada foi alterado; avise o suporte do ERP.`;

/**
 * The ERP gateway and sync. `detail` is the transport's technical cause and `serverMessage` the
 * ERP's own "mensagem": both are shown as they came so IT can act on them.
 */
export const erpMessages = {
  'erp.badResponse': msg('ERP_BAD_RESPONSE', (d: { detail: string }) => badResponse(d.detail)),
  'erp.bodyNotJson': msg('ERP_BAD_RESPONSE', () => badResponse('o corpo não é JSON válido')),
  'erp.boletoNotPdf': msg('ERP_BAD_RESPONSE', (d: { boletoId: string }) =>
    badResponse(`o boleto ${d.boletoId} não é um arquivo PDF`),
  ),
  'erp.proxyAuth': msg(
    'ERP_UNREACHABLE',
    () => 'O proxy da rede pediu autenticação e não deixou falar com o ERP (HTTP 407). Avise a equipe de TI.',
  ),
  'erp.tokenRefused': msg(
    'ERP_AUTH_FAILED',
    () => 'O ERP recusou o token de acesso. Confira o token em Configurações → Integração.',
  ),
  'erp.serverError': msg(
    'ERP_SERVER_ERROR',
    (d: { status: number }) => `O ERP está com problemas (erro ${d.status}). Tente novamente em instantes.`,
  ),
  'erp.notFound': msg(
    'NOT_FOUND',
    (d: { serverMessage: string | null }) => d.serverMessage ?? 'O ERP não encontrou o registro pedido.',
  ),
  'erp.conflict': msg(
    'CONFLICT',
    (d: { serverMessage: string | null }) => d.serverMessage ?? 'Outra estação alterou este registro no ERP.',
  ),
  'erp.rejected': msg(
    'VALIDATION',
    (d: { serverMessage: string | null; status: number }) =>
      `O ERP recusou os dados: ${d.serverMessage ?? `erro ${d.status}`}.`,
  ),
  'erp.timeout': msg(
    'ERP_TIMEOUT',
    (d: { timeoutMs: number }) =>
      `O ERP não respondeu em ${Math.round(d.timeoutMs / 1000)} segundos. Tente novamente em instantes.`,
  ),
  'erp.unreachable': msg(
    'ERP_UNREACHABLE',
    (d: { baseUrl: string; detail: string }) =>
      `Não foi possível conectar ao ERP em ${d.baseUrl} (${d.detail}). Verifique a rede ou o endereço em Configurações → Integração.`,
  ),
  'erp.proxyRefused': msg(
    'ERP_UNREACHABLE',
    (d: { baseUrl: string; detail: string }) =>
      `O proxy da rede não deixou falar com o ERP em ${d.baseUrl} (${d.detail}). Avise a equipe de TI.`,
  ),
  'erp.certificateRejected': msg(
    'ERP_UNREACHABLE',
    (d: { baseUrl: string; detail: string }) =>
      `O certificado do ERP em ${d.baseUrl} não foi aceito (${d.detail}). Avise a equipe de TI.`,
  ),
  /** `retryAt` is an ISO instant; the hour is told in America/Sao_Paulo. */
  'erp.unavailable': msg(
    'ERP_UNAVAILABLE',
    (d: { retryAt: string }) => `ERP indisponível, nova tentativa às ${hhmm.format(new Date(d.retryAt))}.`,
  ),
  'erp.notConfigured': msg(
    'ERP_NOT_CONFIGURED',
    () =>
      'A integração com o ERP não está configurada. Um administrador pode configurá-la em Configurações → Integração.',
  ),
  'erp.firstSyncPending': msg(
    'ERP_FIRST_SYNC_PENDING',
    () =>
      'A primeira sincronização com o ERP ainda não terminou: os dados desta instalação estão incompletos. ' +
      'Acompanhe em Configurações → Integração → Dados ERP.',
  ),
  'erp.syncCancelled': msg('CANCELLED', () => 'Sincronização interrompida.'),
  /** `problem` is the first resend's failure sentence (itself from this catalog). */
  'erp.outboxPartial': msg(
    'ERP_UNREACHABLE',
    (d: { sent: number; problem: string }) =>
      `${d.sent} registro(s) enviado(s) ao ERP; o restante aguarda: ${d.problem}`,
  ),
  'erp.writebackNoConflict': msg(
    'CONFLICT',
    () => 'Não há divergência com o ERP para resolver neste campo. Atualize a tela.',
  ),
  'erp.writebackNothingToDismiss': msg(
    'NOT_FOUND',
    () => 'Não há aviso do ERP para fechar. Atualize a tela.',
  ),
};
