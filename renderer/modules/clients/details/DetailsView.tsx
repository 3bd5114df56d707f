import type { ReactNode } from 'react';
import type { Client } from '../../../../shared/ipc/dto/clients';
import { LANGUAGES } from '../../../../shared/ipc/dto/client-details';
import { formatPhoneBR } from '../../../../shared/domain/contact';
import { formatBRL, formatDateTimeBR, formatDocument } from '../../../ui/format';
import { EmailText } from '../../../ui/EmailText';

const STATUS_LABEL = { active: 'Ativo', inactive: 'Inativo' } as const;

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="field">
      <dt>{label}</dt>
      <dd>{children === '' || children === null ? '—' : children}</dd>
    </div>
  );
}

/** Read-only Detalhes: every field of the client register an agent may be asked about. */
export function DetailsView({ client }: { client: Client }) {
  const language = LANGUAGES.find((l) => l.code === client.language)?.label ?? client.language;
  return (
    <div className="details-columns">
      <dl className="field-list" aria-label="Detalhes">
        <Field label="Número do cliente">{client.erpCode}</Field>
        <Field label="Nome da conta">{client.legalName}</Field>
        <Field label="Nome fantasia">{client.tradeName}</Field>
        <Field label={client.personType === 'J' ? 'CNPJ' : 'CPF'}>{formatDocument(client.document)}</Field>
        <Field label="Limite de crédito">{formatBRL(client.creditLimitCents)}</Field>
        <Field label="Status">{STATUS_LABEL[client.status]}</Field>
        <Field label="Moeda">{client.currency}</Field>
        <Field label="Pagamento">{client.paymentMethod}</Field>
        <Field label="Conta contábil">{client.accountingAccount}</Field>
        <Field label="Idioma de comunicação">{language}</Field>
        <Field label="Dia preferido para compromissos">{client.preferredAppointmentDay}</Field>
        <Field label="Dados compartilhados entre empresas">
          {client.sharedAcrossCompanies
            ? 'Sim (todas as empresas do grupo)'
            : 'Não (só a empresa do cadastro)'}
        </Field>
        <Field label="Responsável">{client.responsible}</Field>
      </dl>
      <dl className="field-list" aria-label="Contatos e comunicação">
        <Field label="E-mails">
          {client.emails.length === 0
            ? ''
            : client.emails.map((e, i) => (
                <span key={e}>
                  {i > 0 && ', '}
                  <EmailText value={e} />
                </span>
              ))}
        </Field>
        <Field label="Telefones">{client.phones.map(formatPhoneBR).join(', ')}</Field>
        <Field label="Site">{client.site}</Field>
        <Field label="Cidade/UF">{`${client.city}/${client.uf}`}</Field>
        <Field label="Criado em">{formatDateTimeBR(client.createdAt)}</Field>
        <Field label="Modificado em">{formatDateTimeBR(client.updatedAt)}</Field>
      </dl>
    </div>
  );
}
