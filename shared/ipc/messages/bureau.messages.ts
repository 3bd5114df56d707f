import { msg } from './define';

/** What the gateway was doing when the bureau failed, told as a verb. */
export type BureauAction = 'login' | 'query' | 'receivables';
const ACTION: Record<BureauAction, string> = {
  login: 'entrar',
  query: 'consultar',
  receivables: 'enviar contas a receber',
};

/**
 * The bureau gateway's failures. `detail` is the transport's technical cause (an errno or the
 * certificate check), `serverMessage` the bureau's own text: both are shown as they came.
 */
export const bureauMessages = {
  'bureau.unexpected': msg(
    'BUREAU_UNREACHABLE',
    (d: { action: BureauAction }) => `Falha inesperada ao ${ACTION[d.action]} no bureau.`,
  ),
  'bureau.pinMismatch': msg(
    'BUREAU_TLS',
    (d: { presentedPin: string }) =>
      `A chave do servidor do bureau não corresponde ao pin configurado (chave apresentada: ${d.presentedPin}). ` +
      'Nenhum dado foi enviado. Confirme o pin com o suporte do bureau; numa rede que inspeciona TLS, ' +
      'a chave apresentada é a do proxy da empresa.',
  ),
  'bureau.certificateRejected': msg(
    'BUREAU_TLS',
    (d: { detail: string }) =>
      `O certificado do servidor do bureau não foi aceito (${d.detail}). Nada foi enviado. ` +
      'Importe o certificado da autoridade (CA) ou configure o pin da chave em Configurações → Bureau de crédito.',
  ),
  'bureau.noAnswer': msg(
    'BUREAU_AMBIGUOUS',
    (d: { detail: string }) =>
      `O pedido foi enviado ao bureau, mas a resposta não chegou (${d.detail}). ` +
      'Não sabemos se o bureau o processou.',
  ),
  'bureau.proxyRefused': msg(
    'BUREAU_UNREACHABLE',
    (d: { detail: string }) =>
      `O proxy da rede não deixou falar com o bureau (${d.detail}). Nada foi enviado; avise a equipe de TI.`,
  ),
  'bureau.connectTimeout': msg(
    'BUREAU_UNREACHABLE',
    (d: { action: BureauAction }) =>
      `O bureau não respondeu a tempo ao ${ACTION[d.action]}. Nada foi enviado.`,
  ),
  'bureau.unreachable': msg(
    'BUREAU_UNREACHABLE',
    (d: { detail: string }) => `Não foi possível conectar ao bureau (${d.detail}). Verifique a URL e a rede.`,
  ),
  'bureau.proxyAuth': msg(
    'BUREAU_UNREACHABLE',
    () =>
      'O proxy da rede pediu autenticação e não deixou falar com o bureau (HTTP 407). Nada foi enviado; avise a equipe de TI.',
  ),
  'bureau.nothingToReuse': msg(
    'BUREAU_NOTHING_TO_REUSE',
    (d: { serverMessage: string | null }) => d.serverMessage ?? 'O bureau não tem consulta para reutilizar.',
  ),
  'bureau.queryRejected': msg('BUREAU_REJECTED', (d: { serverMessage: string | null; status: number }) =>
    d.serverMessage
      ? `O bureau recusou: ${d.serverMessage}`
      : `O bureau recusou a consulta (HTTP ${d.status}).`,
  ),
  'bureau.loginTimeout': msg('BUREAU_UNREACHABLE', () => 'O bureau não respondeu ao login. Tente novamente.'),
  'bureau.loginRejected': msg(
    'BUREAU_AUTH_FAILED',
    (d: { serverMessage: string | null; status: number }) =>
      `O bureau recusou o login: ${d.serverMessage ?? `HTTP ${d.status}`}`,
  ),
  'bureau.loginServerError': msg(
    'BUREAU_SERVER_ERROR',
    (d: { status: number }) => `O bureau respondeu ao login com erro (HTTP ${d.status}).`,
  ),
  'bureau.loginNoToken': msg(
    'BUREAU_BAD_RESPONSE',
    () => 'O bureau respondeu ao login sem o token de acesso.',
  ),
  'bureau.tokenRefused': msg(
    'BUREAU_AUTH_FAILED',
    () => 'O bureau recusou o token de acesso mesmo após novo login.',
  ),
  'bureau.gatewayAmbiguous': msg(
    'BUREAU_AMBIGUOUS',
    (d: { status: number }) =>
      `O gateway do bureau respondeu HTTP ${d.status}; não sabemos se a consulta foi processada.`,
  ),
  'bureau.serverError': msg(
    'BUREAU_SERVER_ERROR',
    (d: { status: number }) => `O bureau respondeu com erro (HTTP ${d.status}) e não devolveu resultado.`,
  ),
};
