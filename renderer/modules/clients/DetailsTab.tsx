import type { Client } from '../../../shared/ipc/dto/clients';
import { formatBRL, formatDateTimeBR, formatDocument } from '../../ui/format';
import { formatPhoneBR } from '../../../shared/domain/contact';

const STATUS_LABEL = { active: 'Ativo', inactive: 'Inativo' } as const;

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="field">
      <dt>{label}</dt>
      <dd>{children ?? '—'}</dd>
    </div>
  );
}

export function DetailsTab({ client }: { client: Client }) {
  return (
    <div className="details-grid">
      <dl className="field-list" aria-label="Detalhes">
        <Field label="Número do cliente">{client.erpCode}</Field>
        <Field label="Nome da conta">{client.legalName}</Field>
        <Field label="Nome fantasia">{client.tradeName ?? '—'}</Field>
        <Field label={client.personType === 'J' ? 'CNPJ' : 'CPF'}>{formatDocument(client.document)}</Field>
        <Field label="Limite de crédito">{formatBRL(client.creditLimitCents)}</Field>
        <Field label="Status">{STATUS_LABEL[client.status]}</Field>
        <Field label="Moeda">{client.currency}</Field>
        <Field label="Pagamento">{client.paymentMethod || '—'}</Field>
        <Field label="Conta contábil">{client.accountingAccount || '—'}</Field>
        <Field label="Idioma de comunicação">{client.language}</Field>
        <Field label="Dia preferido para compromissos">{client.preferredAppointmentDay ?? '—'}</Field>
        <Field label="Responsável">{client.responsible || '—'}</Field>
        <Field label="Cidade/UF">
          {client.city}/{client.uf}
        </Field>
      </dl>
      <dl className="field-list" aria-label="Contatos e comunicação">
        <Field label="E-mails">{client.emails.length ? client.emails.join(', ') : '—'}</Field>
        <Field label="Telefones">
          {client.phones.length ? client.phones.map(formatPhoneBR).join(', ') : '—'}
        </Field>
        <Field label="Site">{client.site ?? '—'}</Field>
        <Field label="Criado em">{formatDateTimeBR(client.createdAt)}</Field>
        <Field label="Modificado em">{formatDateTimeBR(client.updatedAt)}</Field>
      </dl>
    </div>
  );
}
