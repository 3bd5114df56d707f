import { useState, type FormEvent } from 'react';
import {
  normalizeAddress,
  UFS,
  validateAddress,
  type ClientAddressFields,
} from '../../../../shared/ipc/dto/client-addresses';
import { formatPhoneBR } from '../../../../shared/domain/contact';
import { ErrorNote } from '../../../ui/ErrorNote';
import { FormField } from '../../../ui/FormField';

type Form = Omit<ClientAddressFields, 'fax'> & { fax: string };
const EMPTY: Form = {
  street: '',
  number: '',
  complement: '',
  district: '',
  city: '',
  uf: '',
  cep: '',
  fax: '',
};

interface Props {
  idPrefix: string;
  initial: ClientAddressFields | null;
  onSave: (a: ClientAddressFields) => Promise<string | null>;
  onCancel: () => void;
}

/** Edits one address in place, with the same checks the main process runs. */
export function AddressForm({ idPrefix, initial, onSave, onCancel }: Props) {
  const [form, setForm] = useState<Form>(() =>
    initial ? { ...initial, fax: initial.fax ? formatPhoneBR(initial.fax) : '' } : EMPTY,
  );
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const fields = normalizeAddress({ ...form, fax: form.fax });
  const errors = validateAddress(fields);
  const bind = (f: keyof Form) => ({
    value: form[f],
    onChange: (e: { target: { value: string } }) => setForm((s) => ({ ...s, [f]: e.target.value })),
  });
  const shown = (f: keyof Form) => (submitted ? errors[f] : undefined);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.keys(errors).length > 0) return;
    setSaving(true);
    setServerError(await onSave(fields));
    setSaving(false);
  };

  const id = (f: string) => `${idPrefix}-${f}`;
  return (
    <form className="address-form" onSubmit={submit} noValidate>
      <div className="address-grid">
        <FormField id={id('street')} label="Logradouro" error={shown('street')}>
          <input {...bind('street')} autoFocus />
        </FormField>
        <FormField id={id('number')} label="Número" error={shown('number')}>
          <input {...bind('number')} />
        </FormField>
        <FormField id={id('complement')} label="Complemento" error={shown('complement')}>
          <input {...bind('complement')} />
        </FormField>
        <FormField id={id('district')} label="Bairro" error={shown('district')}>
          <input {...bind('district')} />
        </FormField>
        <FormField id={id('city')} label="Cidade" error={shown('city')}>
          <input {...bind('city')} />
        </FormField>
        <FormField id={id('uf')} label="UF" error={shown('uf')}>
          <select {...bind('uf')}>
            <option value="">—</option>
            {UFS.map((uf) => (
              <option key={uf}>{uf}</option>
            ))}
          </select>
        </FormField>
        <FormField id={id('cep')} label="CEP" error={shown('cep')}>
          <input {...bind('cep')} inputMode="numeric" placeholder="00000-000" />
        </FormField>
        <FormField id={id('fax')} label="Fax" error={shown('fax')}>
          <input {...bind('fax')} inputMode="tel" placeholder="(49) 3322-1100" />
        </FormField>
      </div>
      <ErrorNote message={serverError} />
      <div className="form-actions">
        <button type="button" onClick={onCancel} disabled={saving}>
          Cancelar
        </button>
        <button type="submit" className="primary" disabled={saving}>
          {saving ? 'Salvando…' : 'Salvar endereço'}
        </button>
      </div>
    </form>
  );
}
