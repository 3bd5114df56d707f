import { useState, type FormEvent } from 'react';
import {
  initialsOf,
  normalizeContact,
  TAG_SUGGESTIONS,
  validateContact,
  type ClientContact,
  type ContactFields,
} from '../../../../shared/ipc/dto/client-contacts';
import { formatPhoneBR } from '../../../../shared/domain/contact';
import { ErrorNote } from '../../../ui/ErrorNote';
import { FormField } from '../../../ui/FormField';

interface Form {
  name: string;
  initials: string;
  company: string;
  role: string;
  email: string;
  phone: string;
  tags: string;
}

const toForm = (c: ClientContact | null, company: string): Form => ({
  name: c?.name ?? '',
  initials: c?.initials ?? '',
  company: c?.company ?? company,
  role: c?.role ?? '',
  email: c?.email ?? '',
  phone: c?.phone ? formatPhoneBR(c.phone) : '',
  tags: c?.tags.join(', ') ?? '',
});

const toFields = (f: Form): ContactFields =>
  normalizeContact({ ...f, email: f.email, phone: f.phone, tags: f.tags.split(',') });

export interface ContactFormProps {
  contact: ClientContact | null;
  defaultCompany: string;
  onSave: (fields: ContactFields) => Promise<string | null>;
  /** After Cancelar, or after a successful save unless `stayOpen`. */
  onClose: () => void;
  stayOpen?: boolean;
}

/** The contact's fields, used by the "+" dialog and by the contact's own workspace tab. */
export function ContactForm({ contact, defaultCompany, onSave, onClose, stayOpen }: ContactFormProps) {
  const [form, setForm] = useState<Form>(() => toForm(contact, defaultCompany));
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const fields = toFields(form);
  const errors = validateContact(fields);
  const shown = (f: keyof Form) => (submitted ? errors[f] : undefined);
  const bind = (f: keyof Form) => ({
    value: form[f],
    onChange: (e: { target: { value: string } }) => setForm((s) => ({ ...s, [f]: e.target.value })),
  });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.keys(errors).length > 0) return;
    setSaving(true);
    const error = await onSave(fields);
    setSaving(false);
    if (error) setServerError(error);
    else if (!stayOpen) onClose();
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Contato">
      <FormField id="c-name" label="Nome" error={shown('name')}>
        <input {...bind('name')} autoFocus />
      </FormField>
      <FormField
        id="c-initials"
        label="Iniciais"
        error={shown('initials')}
        hint={form.initials.trim() === '' ? `Em branco: ${initialsOf(form.name) || '—'}` : undefined}
      >
        <input {...bind('initials')} maxLength={4} />
      </FormField>
      <FormField id="c-company" label="Empresa" error={shown('company')}>
        <input {...bind('company')} />
      </FormField>
      <FormField id="c-role" label="Cargo" error={shown('role')}>
        <input {...bind('role')} />
      </FormField>
      <FormField id="c-email" label="E-mail" error={shown('email')}>
        <input {...bind('email')} type="email" />
      </FormField>
      <FormField id="c-phone" label="Telefone" error={shown('phone')}>
        <input {...bind('phone')} inputMode="tel" />
      </FormField>
      <FormField
        id="c-tags"
        label="Etiquetas"
        error={shown('tags')}
        hint={`Separadas por vírgula, ex.: ${TAG_SUGGESTIONS.slice(0, 3).join(', ')}.`}
      >
        <input {...bind('tags')} />
      </FormField>
      <ErrorNote message={serverError} />
      <div className="form-actions">
        <button type="button" onClick={onClose} disabled={saving}>
          Cancelar
        </button>
        <button type="submit" className="primary" disabled={saving}>
          {saving ? 'Salvando…' : 'Salvar contato'}
        </button>
      </div>
    </form>
  );
}
