import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { detailsFormSchema, type DetailsFormValues } from '../../../../shared/forms/client-details.schema';
import type { Client } from '../../../../shared/ipc/dto/clients';
import { type ClientEditableFields } from '../../../../shared/ipc/dto/client-details';
import {
  APPOINTMENT_DAYS,
  CURRENCIES,
  LANGUAGES,
  PAYMENT_METHOD_SUGGESTIONS,
} from '../../../../shared/domain/client-details';
import { errorMessage, useChannelMutation } from '../../../lib/query';
import { ErrorNote } from '../../../ui/ErrorNote';
import { formatBRL } from '../../../ui/format';
import { formFromClient } from './detailsForm';
import { FormField } from '../../../ui/FormField';
import formCss from '../../../ui/forms.module.css';
import detailsCss from './details.module.css';

interface Props {
  client: Client;
  onSaved: (client: Client) => void;
  onCancel: () => void;
}

/** Editing Detalhes: messages appear as soon as a field is left, and Salvar checks them all again. */
export function DetailsForm({ client, onSaved, onCancel }: Props) {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<DetailsFormValues, unknown, ClientEditableFields>({
    resolver: zodResolver(detailsFormSchema),
    defaultValues: formFromClient(client),
    mode: 'onTouched',
  });
  const shown = (f: keyof DetailsFormValues) => errors[f]?.message;
  // ERP-owned fields become pending edits; the header shows the names and the status.
  const update = useChannelMutation('clientDetails.update', {
    invalidates: ['clientErpEdits.list', 'clientHeader.summary', 'clients.search', 'clients.recent'],
  });
  const saving = isSubmitting || update.isPending;

  const submit = handleSubmit(async (fields) => {
    const saved = await update.mutateAsync({ clientId: client.id, fields }).catch((e: unknown) => {
      setError('root.server', { message: errorMessage(e) ?? '' });
      return null;
    });
    if (saved) onSaved(saved);
  });

  return (
    <form className="details-form" onSubmit={(e) => void submit(e)} aria-label="Editar detalhes" noValidate>
      <div className={detailsCss.columns}>
        <fieldset>
          <legend>Detalhes</legend>
          <p className="muted">
            Número do cliente <strong>{client.erpCode}</strong> · Limite de crédito{' '}
            <strong>{formatBRL(client.creditLimitCents)}</strong> (alterado pela análise de crédito)
          </p>
          <p className="muted">
            Nome da conta, Nome fantasia, CNPJ/CPF, Status, Pagamento, E-mails, Telefones e Site são do ERP:
            ao salvar, seguem para o ERP e ficam pendentes até ele confirmar.
          </p>
          <FormField id="d-legalName" label="Nome da conta" error={shown('legalName')}>
            <input {...register('legalName')} autoFocus />
          </FormField>
          <FormField id="d-tradeName" label="Nome fantasia" error={shown('tradeName')}>
            <input {...register('tradeName')} />
          </FormField>
          <FormField id="d-document" label="CNPJ/CPF" error={shown('document')}>
            <input {...register('document')} className="mono" />
          </FormField>
          <FormField id="d-status" label="Status" error={undefined}>
            <select {...register('status')}>
              <option value="active">Ativo</option>
              <option value="inactive">Inativo</option>
            </select>
          </FormField>
          <FormField id="d-currency" label="Moeda" error={shown('currency')}>
            <select {...register('currency')}>
              {CURRENCIES.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          </FormField>
          <FormField id="d-payment" label="Pagamento" error={shown('paymentMethod')}>
            <input {...register('paymentMethod')} list="d-payment-options" />
          </FormField>
          <datalist id="d-payment-options">
            {PAYMENT_METHOD_SUGGESTIONS.map((p) => (
              <option key={p} value={p} />
            ))}
          </datalist>
          <FormField id="d-account" label="Conta contábil" error={shown('accountingAccount')}>
            <input {...register('accountingAccount')} className="mono" />
          </FormField>
          <FormField id="d-language" label="Idioma de comunicação" error={shown('language')}>
            <select {...register('language')}>
              {LANGUAGES.map((l) => (
                <option key={l.code} value={l.code}>
                  {l.label}
                </option>
              ))}
            </select>
          </FormField>
          <FormField
            id="d-day"
            label="Dia preferido para compromissos"
            error={shown('preferredAppointmentDay')}
          >
            <select {...register('preferredAppointmentDay')}>
              <option value="">Sem preferência</option>
              {APPOINTMENT_DAYS.map((d) => (
                <option key={d}>{d}</option>
              ))}
            </select>
          </FormField>
          <label className="checkbox" title="Cadastro visto por todas as empresas (filiais) do grupo no ERP">
            <input type="checkbox" {...register('sharedAcrossCompanies')} />
            Dados compartilhados entre empresas
          </label>
        </fieldset>
        <fieldset>
          <legend>Contatos e comunicação</legend>
          <FormField id="d-emails" label="E-mails" error={shown('emails')} hint="Um por linha.">
            <textarea {...register('emails')} rows={3} />
          </FormField>
          <FormField id="d-phones" label="Telefones" error={shown('phones')} hint="Um por linha, com DDD.">
            <textarea {...register('phones')} rows={3} />
          </FormField>
          <FormField id="d-site" label="Site" error={shown('site')}>
            <input {...register('site')} type="url" placeholder="https://www.empresa.com.br" />
          </FormField>
        </fieldset>
      </div>
      <ErrorNote message={errors.root?.server?.message ?? null} />
      <div className={formCss.formActions}>
        <button type="button" onClick={onCancel} disabled={saving}>
          Cancelar
        </button>
        <button type="submit" className="primary" disabled={saving}>
          {saving ? 'Salvando…' : 'Salvar'}
        </button>
      </div>
    </form>
  );
}
