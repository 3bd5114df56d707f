import { largeIncreaseMessage } from '../../domain/credit';
import { formatBRL } from '../../domain/money';
import { msg } from './define';

type PersonType = 'F' | 'J';
const personKind = (t: PersonType): string => (t === 'F' ? 'pessoa física' : 'pessoa jurídica');
const personKindWithDocument = (t: PersonType): string =>
  t === 'F' ? 'pessoa física (CPF)' : 'pessoa jurídica (CNPJ)';

/** Credit status/limit changes and bureau (Deps) queries, as the services tell them. */
export const creditMessages = {
  'credit.queryClientGone': msg(
    'NOT_FOUND',
    () => 'O cliente desta consulta não existe mais neste computador.',
  ),
  'credit.queryNotFound': msg('NOT_FOUND', () => 'Consulta não encontrada.'),
  'credit.queryBeingChecked': msg('CONFLICT', () => 'Esta consulta já está sendo verificada. Aguarde.'),
  'credit.clientCpfInvalid': msg(
    'CPF_INVALID',
    () => 'O CPF deste cliente é inválido; corrija o cadastro antes de consultar o bureau.',
  ),
  'credit.clientCnpjInvalid': msg(
    'CNPJ_INVALID',
    () => 'O CNPJ deste cliente é inválido; corrija o cadastro antes de consultar o bureau.',
  ),
  'credit.productNotForClient': msg(
    'VALIDATION',
    (d: { product: string; personType: PersonType }) =>
      `O produto ${d.product} não serve para este cliente (${personKind(d.personType)}).`,
  ),
  'credit.confirmationMismatch': msg(
    'CONFLICT',
    () => 'Esta confirmação pertence a outra consulta. Feche a janela e comece de novo.',
  ),
  'credit.queryInProgress': msg(
    'CONFLICT',
    () => 'Já há uma consulta Deps em andamento para este cliente com este produto. Aguarde o resultado.',
  ),
  'credit.floorLedgerUnreachable': msg(
    'FLOOR_UNREACHABLE',
    () =>
      'Sem conexão com o banco central: a consulta Deps não foi enviada nem cobrada. Tente de novo quando a conexão voltar.',
  ),
  'credit.queryFailed': msg('BUREAU_REJECTED', () => 'A consulta falhou.'),
  'credit.queryUnexpected': msg('BUREAU_AMBIGUOUS', () => 'Falha inesperada durante a consulta.'),
  'credit.defaultProductWrongKind': msg('VALIDATION', (d: { personType: PersonType }) => {
    const who = personKindWithDocument(d.personType);
    return `A consulta padrão de ${who} deve ser um produto ${who} da lista do bureau.`;
  }),
  'credit.bureauPasswordRetype': msg(
    'VALIDATION',
    () => 'Ao mudar a URL ou o e-mail do bureau, digite a senha novamente.',
  ),
  'credit.bureauPasswordForProducts': msg(
    'VALIDATION',
    () => 'Digite a senha do bureau para buscar os produtos.',
  ),
  'credit.bureauNoProducts': msg(
    'BUREAU_BAD_RESPONSE',
    () => 'O login no bureau funcionou, mas a resposta não trouxe a lista de produtos contratados.',
  ),
  'credit.queryNotThisClient': msg(
    'VALIDATION',
    () => 'A consulta Deps indicada não é um resultado deste cliente.',
  ),
  'credit.nothingChanged': msg('VALIDATION', () => 'Nada foi alterado: o limite e a situação são os atuais.'),
  'credit.limitChangedMeanwhile': msg(
    'CONFLICT',
    () =>
      'O limite deste cliente foi alterado enquanto a janela estava aberta. Feche-a e confira o valor atual.',
  ),
  /** `reason` is shared/domain/credit.ts's own sentence, the same the credit dialog shows. */
  'credit.increaseRefused': msg('CREDIT_INCREASE_EXCEEDED', (d: { reason: string }) => d.reason),
  'credit.confirmLargeIncrease': msg(
    'CREDIT_CONFIRMATION_REQUIRED',
    (d: { currentCents: number; newCents: number; suggestedCents: number | null }) =>
      largeIncreaseMessage(d.currentCents, d.newCents, d.suggestedCents, formatBRL),
  ),
  'bureau.passwordNotSaved': msg(
    'BUREAU_NOT_CONFIGURED',
    () =>
      'A senha do bureau não foi salva. Um administrador deve preenchê-la em Configurações → Bureau de crédito.',
  ),
  'bureau.notConfigured': msg(
    'BUREAU_NOT_CONFIGURED',
    () =>
      'O bureau de crédito não está configurado. Peça a um administrador (Configurações → Bureau de crédito).',
  ),
  'bureau.passwordUnreadable': msg(
    'SECRET_UNREADABLE',
    () =>
      'A senha do bureau salva neste computador não pode ser lida. Um administrador deve digitá-la novamente em Configurações → Bureau de crédito.',
  ),
  'bureau.pemMissing': msg(
    'VALIDATION',
    () => 'O arquivo não contém um certificado no formato PEM (-----BEGIN CERTIFICATE-----).',
  ),
  'bureau.pemCorrupt': msg('VALIDATION', () => 'O certificado PEM está corrompido ou incompleto.'),
  'credit.bureauLinkOtherSubject': msg(
    'VALIDATION',
    () => 'Esta consulta Deps é de outro titular e não pode justificar a alteração de limite deste cliente.',
  ),
};
