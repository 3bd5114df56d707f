import type { AuditEntry } from '../../../../shared/ipc/dto/auth';
import { formatPhoneBR } from '../../../../shared/domain/contact';
import {
  CREDIT_BLOCK_REASON_LABEL,
  ORDER_CREDIT_STATE_LABEL,
  REJECT_REASON_LABEL,
} from '../../../../shared/domain/credit-release';
import { formatBRL, formatDateTimeBR, formatDocument } from '../../../ui/format';

/** pt-BR names of the fields audit rows use in code. Unknown fields keep their code name. */
const FIELD_LABEL: Record<string, string> = {
  legalName: 'Nome da conta',
  tradeName: 'Nome fantasia',
  document: 'CNPJ/CPF',
  status: 'Situação',
  emails: 'E-mails',
  phones: 'Telefones',
  site: 'Site',
  currency: 'Moeda',
  paymentMethod: 'Pagamento',
  language: 'Idioma de comunicação',
  accountingAccount: 'Conta contábil',
  preferredAppointmentDay: 'Dia preferido para compromissos',
  sharedAcrossCompanies: 'Dados compartilhados entre empresas',
  notes: 'Notas rápidas',
  street: 'Logradouro',
  number: 'Número',
  complement: 'Complemento',
  district: 'Bairro',
  city: 'Cidade',
  uf: 'UF',
  cep: 'CEP',
  fax: 'Fax',
  name: 'Nome',
  initials: 'Iniciais',
  company: 'Empresa',
  role: 'Cargo',
  email: 'E-mail',
  phone: 'Telefone',
  tags: 'Etiquetas',
  title: 'Título',
  dueAt: 'Data',
  progress: 'Resolução',
  description: 'Descrição',
  file: 'Arquivo',
  creditLimitCents: 'Limite de crédito',
  creditStatus: 'Situação de crédito',
  bureauQuery: 'Consulta Deps',
  bureauQueryId: 'Consulta Deps',
  bureauProduct: 'Produto da consulta',
  // Liberação de crédito decisions.
  order: 'Pedido',
  creditState: 'Situação de crédito do pedido',
  blockReason: 'Motivo do bloqueio',
  rejectReason: 'Motivo da rejeição',
  note: 'Observação',
  decisionId: 'Decisão nº',
  callsAllowed: 'Discagens liberadas',
  messagesAllowed: 'Mensagens liberadas',
  consentChangedBy: 'Consentimento alterado por',
  consentChangedAt: 'Consentimento alterado em',
  erpAbcClass: 'Classificação ABC do ERP',
  computador: 'Computador',
};

/** Fields whose values are codes of a closed list: each list's own pt-BR labels. */
const CODE_LABELS: Record<string, Record<string, string>> = {
  creditState: ORDER_CREDIT_STATE_LABEL,
  blockReason: CREDIT_BLOCK_REASON_LABEL,
  rejectReason: REJECT_REASON_LABEL,
};

const VALUE_LABEL: Record<string, string> = {
  active: 'Ativo',
  inactive: 'Inativo',
  open: 'Em aberto',
  planned: 'Planejada',
  done: 'Concluída',
  closed: 'Encerrado',
};

function display(field: string, v: unknown): unknown {
  if (v === null || v === undefined || v === '') return null;
  if (Array.isArray(v)) return v.map((x) => display(field, x)).join(', ');
  if (typeof v === 'number' && field.endsWith('Cents')) return formatBRL(v);
  if (typeof v === 'number' && field === 'progress') return `${v}%`;
  if (typeof v === 'boolean') return v ? 'Sim' : 'Não';
  if (typeof v !== 'string') return v;
  if (field === 'document') return formatDocument(v);
  if (field === 'phones' || field === 'phone' || field === 'fax') return formatPhoneBR(v);
  if (field === 'dueAt' || field === 'consentChangedAt') return formatDateTimeBR(v);
  return CODE_LABELS[field]?.[v] ?? VALUE_LABEL[v] ?? v;
}

/** The entry's changes as an agent reads them: pt-BR field names, formatted values. */
export function readableChanges(changes: AuditEntry['changes']): AuditEntry['changes'] {
  return Object.fromEntries(
    Object.entries(changes).map(([field, c]) => [
      FIELD_LABEL[field] ?? field,
      { before: display(field, c.before), after: display(field, c.after) },
    ]),
  );
}
