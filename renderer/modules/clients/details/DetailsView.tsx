import type { ReactNode } from 'react';
import type { ClientErpEdit } from '../../../../shared/ipc/dto/client-erp-edits';
import type { Client } from '../../../../shared/ipc/dto/clients';
import { LANGUAGES } from '../../../../shared/domain/client-details';
import { formatPhoneBR } from '../../../../shared/domain/contact';
import { formatBRL, formatDateTimeBR, formatDocument } from '../../../ui/format';
import { ErpFieldMark, ErpTag } from './ErpFieldMark';
import { EmailText } from '../../../ui/EmailText';
import fieldsCss from '../../../ui/fields.module.css';
import detailsCss from './details.module.css';

const STATUS_LABEL = { active: 'Ativo', inactive: 'Inativo' } as const;

function Field({ label, children, erp }: { label: string; children: ReactNode; erp?: ReactNode }) {
  return (
    <div className={fieldsCss.field}>
      <dt>
        {label}
        {erp !== undefined && <ErpTag />}
      </dt>
      <dd>
        {children === '' || children === null ? '—' : children}
        {erp}
      </dd>
    </div>
  );
}

const showValue = (v: unknown): string =>
  v === null || v === ''
    ? '—'
    : Array.isArray(v)
      ? v.join(', ')
      : v === 'active'
        ? 'Ativo'
        : v === 'inactive'
          ? 'Inativo'
          : String(v);

interface Props {
  client: Client;
  /** The register's edit the ERP has not settled (pending, conflict or rejected). */
  edit?: ClientErpEdit;
  onResolve?: (choice: 'mine' | 'erp') => void;
  onDismiss?: () => void;
}

/** Read-only Detalhes: every field of the client register an agent may be asked about. */
export function DetailsView({ client, edit, onResolve = () => {}, onDismiss = () => {} }: Props) {
  const language = LANGUAGES.find((l) => l.code === client.language)?.label ?? client.language;
  const mark = (field: string, format: (v: unknown) => string = showValue) => (
    <ErpFieldMark field={field} edit={edit} format={format} onResolve={onResolve} onDismiss={onDismiss} />
  );
  return (
    <div className={detailsCss.columns}>
      <dl className={`${fieldsCss.list} ${fieldsCss.compact}`} aria-label="Detalhes">
        <Field label="Número do cliente">{client.erpCode}</Field>
        <Field label="Nome da conta" erp={mark('legalName')}>
          {client.legalName}
        </Field>
        <Field label="Nome fantasia" erp={mark('tradeName')}>
          {client.tradeName}
        </Field>
        <Field
          label={client.personType === 'J' ? 'CNPJ' : 'CPF'}
          erp={mark('document', (v) => formatDocument(String(v)))}
        >
          {formatDocument(client.document)}
        </Field>
        <Field label="Limite de crédito" erp={null}>
          {formatBRL(client.creditLimitCents)}
        </Field>
        <Field label="Status" erp={mark('status')}>
          {STATUS_LABEL[client.status]}
        </Field>
        <Field label="Moeda">{client.currency}</Field>
        <Field label="Pagamento" erp={mark('paymentMethod')}>
          {client.paymentMethod}
        </Field>
        <Field label="Conta contábil">{client.accountingAccount}</Field>
        <Field label="Idioma de comunicação">{language}</Field>
        <Field label="Dia preferido para compromissos">{client.preferredAppointmentDay}</Field>
        <Field label="Dados compartilhados entre empresas">
          {client.sharedAcrossCompanies
            ? 'Sim (todas as empresas do grupo)'
            : 'Não (só a empresa do cadastro)'}
        </Field>
        <Field label="Responsável" erp={null}>
          {client.responsible}
        </Field>
      </dl>
      <dl className={`${fieldsCss.list} ${fieldsCss.compact}`} aria-label="Contatos e comunicação">
        <Field label="E-mails" erp={mark('emails')}>
          {client.emails.length === 0
            ? ''
            : client.emails.map((e, i) => (
                <span key={e}>
                  {i > 0 && ', '}
                  <EmailText value={e} />
                </span>
              ))}
        </Field>
        <Field
          label="Telefones"
          erp={mark('phones', (v) => (Array.isArray(v) ? v.map(String).map(formatPhoneBR).join(', ') : '—'))}
        >
          {client.phones.map(formatPhoneBR).join(', ')}
        </Field>
        <Field label="Site" erp={mark('site')}>
          {client.site}
        </Field>
        <Field label="Cidade/UF" erp={null}>{`${client.city}/${client.uf}`}</Field>
        <Field label="Criado em">{formatDateTimeBR(client.createdAt)}</Field>
        <Field label="Modificado em">{formatDateTimeBR(client.updatedAt)}</Field>
      </dl>
    </div>
  );
}
