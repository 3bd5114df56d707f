import { useState, type FormEvent } from 'react';
import type { Client } from '../../../../shared/ipc/dto/clients';
import {
  APPOINTMENT_DAYS,
  CURRENCIES,
  LANGUAGES,
  PAYMENT_METHOD_SUGGESTIONS,
  type ClientDetailsField,
} from '../../../../shared/ipc/dto/client-details';
import { call } from '../../../lib/api';
import { ErrorNote } from '../../../ui/ErrorNote';
import { formatBRL } from '../../../ui/format';
import { fieldsFromForm, formErrors, formFromClient, type DetailsForm as Form } from './detailsForm';
import { FormField } from '../../../ui/FormField';

interface Props {
  client: Client;
  onSaved: (client: Client) => void;
  onCancel: () => void;
}

/** Editing Detalhes: messages appear as soon as a field is left, and Salvar checks them all again. */
export function DetailsForm({ client, onSaved, onCancel }: Props) {
  const [form, setForm] = useState<Form>(() => formFromClient(client));
  const [touched, setTouched] = useState<Partial<Record<ClientDetailsField, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const errors = formErrors(form);
  const shown = (f: ClientDetailsField) => (submitted || touched[f] ? errors[f] : undefined);
  const bind = (f: Exclude<ClientDetailsField, 'sharedAcrossCompanies'> & keyof Form) => ({
    value: form[f],
    onChange: (e: { target: { value: string } }) => setForm((s) => ({ ...s, [f]: e.target.value })),
    onBlur: () => setTouched((t) => ({ ...t, [f]: true })),
  });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.keys(errors).length > 0) return;
    setSaving(true);
    const r = await call('clientDetails.update', { clientId: client.id, fields: fieldsFromForm(form) });
    setSaving(false);
    if (r.ok) onSaved(r.value);
    else setServerError(r.error.message);
  };

  return (
    <form className="details-form" onSubmit={submit} aria-label="Editar detalhes" noValidate>
      <div className="details-columns">
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
            <input {...bind('legalName')} autoFocus />
          </FormField>
          <FormField id="d-tradeName" label="Nome fantasia" error={shown('tradeName')}>
            <input {...bind('tradeName')} />
          </FormField>
          <FormField id="d-document" label="CNPJ/CPF" error={shown('document')}>
            <input {...bind('document')} className="mono" />
          </FormField>
          <FormField id="d-status" label="Status" error={undefined}>
            <select {...bind('status')}>
              <option value="active">Ativo</option>
              <option value="inactive">Inativo</option>
            </select>
          </FormField>
          <FormField id="d-currency" label="Moeda" error={shown('currency')}>
            <select {...bind('currency')}>
              {CURRENCIES.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          </FormField>
          <FormField id="d-payment" label="Pagamento" error={shown('paymentMethod')}>
            <input {...bind('paymentMethod')} list="d-payment-options" />
          </FormField>
          <datalist id="d-payment-options">
            {PAYMENT_METHOD_SUGGESTIONS.map((p) => (
              <option key={p} value={p} />
            ))}
          </datalist>
          <FormField id="d-account" label="Conta contábil" error={shown('accountingAccount')}>
            <input {...bind('accountingAccount')} className="mono" />
          </FormField>
          <FormField id="d-language" label="Idioma de comunicação" error={shown('language')}>
            <select {...bind('language')}>
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
            <select {...bind('preferredAppointmentDay')}>
              <option value="">Sem preferência</option>
              {APPOINTMENT_DAYS.map((d) => (
                <option key={d}>{d}</option>
              ))}
            </select>
          </FormField>
          <label className="checkbox" title="Cadastro visto por todas as empresas (filiais) do grupo no ERP">
            <input
              type="checkbox"
              checked={form.sharedAcrossCompanies}
              onChange={(e) => setForm((s) => ({ ...s, sharedAcrossCompanies: e.target.checked }))}
            />
            Dados compartilhados entre empresas
          </label>
        </fieldset>
        <fieldset>
          <legend>Contatos e comunicação</legend>
          <FormField id="d-emails" label="E-mails" error={shown('emails')} hint="Um por linha.">
            <textarea {...bind('emails')} rows={3} />
          </FormField>
          <FormField id="d-phones" label="Telefones" error={shown('phones')} hint="Um por linha, com DDD.">
            <textarea {...bind('phones')} rows={3} />
          </FormField>
          <FormField id="d-site" label="Site" error={shown('site')}>
            <input {...bind('site')} type="url" placeholder="https://www.empresa.com.br" />
          </FormField>
        </fieldset>
      </div>
      <ErrorNote message={serverError} />
      <div className="form-actions">
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
