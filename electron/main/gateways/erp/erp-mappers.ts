/** The ERP's pt-BR JSON (already validated) → the console's English, centavos-based types. */
import type { z } from 'zod';
import type {
  BureauQueryRecord,
  ErpAbout,
  ErpBoleto,
  ErpClientRecord,
  ErpCreditState,
  ErpFinancialSummary,
  ErpGenericRecord,
  ErpReceivableTitle,
  ReceivableMovementKind,
  ReceivableStatus,
  SharedSetting,
} from './erp-gateway';
import type {
  aboutSchema,
  boletosSchema,
  bureauQuerySchema,
  ClientRow,
  creditSchema,
  financialSummarySchema,
  GenericRow,
  settingSchema,
  TitleRow,
} from './erp-schemas';

export const toAbout = (r: z.output<typeof aboutSchema>): ErpAbout => ({
  erpName: r.erp,
  erpVersion: r.versao,
  apiVersion: r.versaoApi,
  serverTime: r.horaServidor,
});

export const toClientRecord = (r: ClientRow): ErpClientRecord => ({
  erpCode: r.codigo,
  personType: r.tipoPessoa,
  legalName: r.razaoSocial,
  tradeName: r.nomeFantasia,
  document: r.documento,
  status: r.situacao === 'ATIVO' ? 'active' : 'inactive',
  creditLimitCents: r.limiteCredito,
  availableBalanceCents: r.saldoDisponivel,
  creditStatus: r.situacaoFinanceira,
  lastPurchaseDate: r.dataUltimoPedido,
  segment: r.segmento,
  clientGroup: r.grupo,
  responsible: r.responsavel,
  emails: r.emails,
  phones: r.telefones,
  site: r.site,
  city: r.cidade,
  uf: r.uf,
  paymentMethod: r.formaPagamento,
  erpAbcClass: r.classeAbc ?? null,
  callsAllowed: r.permiteDiscagem ?? true,
  messagesAllowed: r.permiteMensagens ?? true,
  consentChangedBy: r.consentimentoAlteradoPor ?? null,
  consentChangedAt: r.consentimentoAlteradoEm ?? null,
  createdAt: r.criadoEm,
  changedAt: r.alteradoEm,
});

const TITLE_STATUS: Record<TitleRow['situacao'], ReceivableStatus> = {
  ABERTO: 'open',
  PARCIAL: 'partial',
  PAGO: 'paid',
  CANCELADO: 'cancelled',
};
const MOVEMENT_KIND: Record<TitleRow['movimentos'][number]['tipo'], ReceivableMovementKind> = {
  LANCAMENTO: 'entry',
  COBRANCA: 'payment',
  ESTORNO_COBRANCA: 'payment_reversal',
};

export const toReceivableTitle = (r: TitleRow): ErpReceivableTitle => ({
  key: r.chave,
  erpCode: r.cliente,
  titleNumber: r.titulo,
  installment: r.parcela,
  issueDate: r.emissao,
  dueDate: r.vencimento,
  amountCents: r.valor,
  paidCents: r.valorPago,
  paymentDate: r.dataPagamento,
  status: TITLE_STATUS[r.situacao],
  environment: r.ambiente,
  boletoId: r.identificadorBoleto,
  digitableLine: r.linhaDigitavel,
  movements: r.movimentos.map((m) => ({ kind: MOVEMENT_KIND[m.tipo], date: m.data, amountCents: m.valor })),
  changedAt: r.alteradoEm,
});

export const toGenericRecord = ({ chave, alteradoEm, ...data }: GenericRow): ErpGenericRecord => ({
  key: chave,
  changedAt: alteradoEm,
  data,
});

export const toFinancialSummary = (r: z.output<typeof financialSummarySchema>): ErpFinancialSummary => ({
  erpCode: r.codigoCliente,
  availableBalanceCents: r.saldoDisponivel,
  creditLimitCents: r.limiteCredito,
  lastOrderDate: r.dataUltimoPedido,
  lastInvoiceDate: r.dataUltimoFaturamento,
  creditStatus: r.situacaoFinanceira,
  asOf: r.calculadoEm,
});

export const toBoletos = (r: z.output<typeof boletosSchema>): ErpBoleto[] =>
  r.boletos.map((b) => ({
    id: b.identificador,
    erpCode: r.codigoCliente,
    dueDate: b.vencimento,
    amountCents: b.valor,
    environment: b.ambiente,
    digitableLine: b.linhaDigitavel,
    titleNumber: b.titulo,
    installment: b.parcela,
  }));

export const toCreditState = (r: z.output<typeof creditSchema>): ErpCreditState => ({
  erpCode: r.codigoCliente,
  creditStatus: r.situacaoFinanceira,
  creditLimitCents: r.limiteCredito,
  changedAt: r.alteradoEm,
});

export const toBureauQuery = (r: z.output<typeof bureauQuerySchema>): BureauQueryRecord => ({
  id: r.id,
  document: r.documento,
  queriedAt: r.consultadoEm,
  queriedBy: { login: r.consultadoPor.login, name: r.consultadoPor.nome },
  desktop: r.estacao,
  product: r.produto,
  resultSummary: r.resumoResultado,
  recordedAt: r.registradoEm,
});

export const toSharedSetting = (r: z.output<typeof settingSchema>): SharedSetting => ({
  key: r.chave,
  value: r.valor,
  version: r.versao,
  updatedAt: r.alteradoEm,
  updatedBy: r.alteradoPor,
});

/** centavos → the ERP's "0.00" text. */
export function centsToErpMoney(cents: number): string {
  const digits = String(Math.abs(cents)).padStart(3, '0');
  return `${cents < 0 ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
