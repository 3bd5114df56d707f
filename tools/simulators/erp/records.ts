/** The ERP's JSON shapes (pt-BR field names, money as decimal strings) built from the generated data. */
import type { DemoClient } from '../../../db/seed/clients';
import type { SimTitle } from './titles';
import { consentJson, type ConsentOverride } from './consent';

export const money = (cents: number): string => {
  const sign = cents < 0 ? '-' : '';
  const digits = String(Math.abs(cents)).padStart(3, '0');
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
};

export interface CreditOverride {
  situacaoFinanceira: DemoClient['creditStatus'];
  limiteCents: number;
  disponivelCents: number;
  alteradoEm: string;
}

/** Register fields written back by the console (or changed in the ERP by a test), with when. */
export interface RegisterEdit {
  campos: Partial<Record<RegisterField, unknown>>;
  /** When each field was last changed: a 409 is about the fields of the request only. */
  changedAt: Partial<Record<RegisterField, string>>;
  alteradoEm: string;
}

export const REGISTER_FIELDS = [
  'razaoSocial',
  'nomeFantasia',
  'documento',
  'situacao',
  'emails',
  'telefones',
  'site',
  'formaPagamento',
] as const;
export type RegisterField = (typeof REGISTER_FIELDS)[number];

export type ClientJson = ReturnType<typeof clientJson>;

const latest = (...at: (string | undefined)[]): string =>
  at.reduce<string>((a, b) => (b !== undefined && b > a ? b : a), '');

export function clientJson(
  c: DemoClient,
  credit: CreditOverride | undefined,
  edit?: RegisterEdit,
  consent?: ConsentOverride,
) {
  return {
    ...baseClientJson(c, credit),
    ...consentJson(c, consent),
    ...(edit?.campos ?? {}),
    alteradoEm: latest(c.updatedAt, credit?.alteradoEm, edit?.alteradoEm, consent?.alteradoEm),
  };
}

function baseClientJson(c: DemoClient, credit: CreditOverride | undefined) {
  return {
    chave: c.erpCode,
    codigo: c.erpCode,
    tipoPessoa: c.personType,
    razaoSocial: c.legalName,
    nomeFantasia: c.tradeName,
    documento: c.document,
    situacao: c.status === 'active' ? 'ATIVO' : 'INATIVO',
    limiteCredito: money(credit?.limiteCents ?? c.creditLimitCents),
    saldoDisponivel: money(credit?.disponivelCents ?? c.availableBalanceCents),
    situacaoFinanceira: credit?.situacaoFinanceira ?? c.creditStatus,
    dataUltimoPedido: c.lastPurchaseDate,
    segmento: c.segment,
    grupo: c.clientGroup,
    responsavel: c.responsible,
    emails: c.emails,
    telefones: c.phones,
    site: c.site,
    cidade: c.city,
    uf: c.uf,
    formaPagamento: c.paymentMethod,
    criadoEm: c.createdAt,
    alteradoEm: credit && credit.alteradoEm > c.updatedAt ? credit.alteradoEm : c.updatedAt,
  };
}

export function titleJson(t: SimTitle) {
  return {
    chave: t.key,
    titulo: t.titleNumber,
    parcela: t.installment,
    cliente: t.erpCode,
    emissao: t.issueDate,
    vencimento: t.dueDate,
    valor: money(t.amountCents),
    valorPago: money(t.paidCents),
    dataPagamento: t.paymentDate,
    situacao: t.status,
    ambiente: t.environment,
    codigoAmbiente: t.environmentCode,
    identificadorBoleto: t.boletoId,
    linhaDigitavel: t.digitableLine,
    movimentos: t.movements.map((m) => ({ tipo: m.tipo, data: m.data, valor: money(m.valorCents) })),
    alteradoEm: t.changedAt,
  };
}

export function boletoJson(t: SimTitle) {
  return {
    identificador: t.boletoId,
    vencimento: t.dueDate,
    valor: money(t.amountCents - t.paidCents),
    ambiente: t.environment,
    linhaDigitavel: t.digitableLine,
    titulo: t.titleNumber,
    parcela: t.installment,
  };
}
