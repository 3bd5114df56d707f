import { formatDateTimeBR } from '../../domain/dates';
import { formatBRL } from '../../domain/money';
import { msg } from './define';

type Kind = 'release' | 'reject';
const decided = (k: Kind): string => (k === 'release' ? 'liberado' : 'rejeitado');

/** Liberação de crédito: the queue, an analyst's decision, the group's caps and the ERP's answers. */
export const creditReleaseMessages = {
  'creditRelease.orderNotFound': msg('NOT_FOUND', () => 'Pedido não encontrado neste computador.'),
  'creditRelease.clientNotFound': msg(
    'NOT_FOUND',
    () => 'O cliente deste pedido ainda não foi sincronizado com o ERP neste computador.',
  ),
  'creditRelease.notBlocked': msg(
    'CONFLICT',
    (d: { number: string; state: string }) =>
      `O pedido ${d.number} não está bloqueado por crédito (situação atual: ${d.state}).`,
  ),
  /** Another analyst (or this one in another window) decided first. */
  'creditRelease.alreadyDecided': msg(
    'CONFLICT',
    (d: { number: string; kind: Kind; userName: string; at: string }) =>
      `O pedido ${d.number} já foi ${decided(d.kind)} por ${d.userName} em ${formatDateTimeBR(d.at)}.`,
  ),
  'creditRelease.orderChanged': msg(
    'CONFLICT',
    (d: { number: string }) =>
      `O pedido ${d.number} mudou no ERP depois que você o abriu. Confira os dados atuais e decida de novo.`,
  ),
  'creditRelease.clientOrdersChanged': msg(
    'CONFLICT',
    () =>
      'Os pedidos bloqueados deste cliente mudaram depois da confirmação. Confira a lista e confirme de novo.',
  ),
  'creditRelease.maxValueExceeded': msg(
    'CREDIT_RELEASE_REFUSED',
    (d: { number: string; valueCents: number; maxCents: number }) =>
      `Regra do grupo "valor máximo de pedido para liberar": você pode liberar pedidos de até ${formatBRL(d.maxCents)}; ` +
      `o pedido ${d.number} é de ${formatBRL(d.valueCents)}.`,
  ),
  'creditRelease.overdueNotAllowed': msg(
    'CREDIT_RELEASE_REFUSED',
    (d: { count: number; totalCents: number }) =>
      'Regra do grupo "liberar cliente com títulos vencidos": seu grupo não pode liberar pedidos deste cliente, ' +
      `que tem ${d.count} título(s) vencido(s) somando ${formatBRL(d.totalCents)}.`,
  ),
  /** Told on a decision the ERP answered with 409 because the order changed there. */
  'creditRelease.erpOrderChanged': msg(
    'CONFLICT',
    (d: { number: string; what: string }) =>
      `O ERP alterou o pedido ${d.number} (${d.what}) antes de receber a decisão; ela não foi aplicada. ` +
      'Confira o pedido e decida de novo.',
  ),
  'creditRelease.erpAlreadySettled': msg(
    'CONFLICT',
    (d: { number: string; kind: Kind; by: string; at: string }) =>
      `O pedido ${d.number} já foi ${decided(d.kind)} no ERP por ${d.by} em ${formatDateTimeBR(d.at)}; ` +
      'a decisão desta Central não foi aplicada.',
  ),
  'creditRelease.erpRefused': msg(
    'VALIDATION',
    (d: { number: string; reason: string }) =>
      `O ERP recusou a decisão sobre o pedido ${d.number}: ${d.reason}`,
  ),
};
