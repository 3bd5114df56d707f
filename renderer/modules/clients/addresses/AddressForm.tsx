import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { formatPhoneBR } from '../../../../shared/domain/contact';
import { addressFormSchema, type AddressFormValues } from '../../../../shared/forms/address.schema';
import { type ClientAddressFields } from '../../../../shared/ipc/dto/client-addresses';
import { UFS } from '../../../../shared/domain/addresses';
import { ErrorNote } from '../../../ui/ErrorNote';
import { FormField } from '../../../ui/FormField';
import formCss from '../../../ui/forms.module.css';
import addressCss from './addresses.module.css';

const EMPTY: AddressFormValues = {
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

/** Edits one address in place, with the schema the main process checks it with. */
export function AddressForm({ idPrefix, initial, onSave, onCancel }: Props) {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<AddressFormValues, unknown, ClientAddressFields>({
    resolver: zodResolver(addressFormSchema),
    defaultValues: initial ? { ...initial, fax: initial.fax ? formatPhoneBR(initial.fax) : '' } : EMPTY,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const shown = (f: keyof AddressFormValues) => errors[f]?.message;
  const submit = handleSubmit(async (fields) => {
    const error = await onSave(fields);
    if (error) setError('root.server', { message: error });
  });

  const id = (f: string) => `${idPrefix}-${f}`;
  return (
    <form className="address-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className={addressCss.grid}>
        <FormField id={id('street')} label="Logradouro" error={shown('street')}>
          <input {...register('street')} autoFocus />
        </FormField>
        <FormField id={id('number')} label="Número" error={shown('number')}>
          <input {...register('number')} />
        </FormField>
        <FormField id={id('complement')} label="Complemento" error={shown('complement')}>
          <input {...register('complement')} />
        </FormField>
        <FormField id={id('district')} label="Bairro" error={shown('district')}>
          <input {...register('district')} />
        </FormField>
        <FormField id={id('city')} label="Cidade" error={shown('city')}>
          <input {...register('city')} />
        </FormField>
        <FormField id={id('uf')} label="UF" error={shown('uf')}>
          <select {...register('uf')}>
            <option value="">—</option>
            {UFS.map((uf) => (
              <option key={uf}>{uf}</option>
            ))}
          </select>
        </FormField>
        <FormField id={id('cep')} label="CEP" error={shown('cep')}>
          <input {...register('cep')} inputMode="numeric" placeholder="00000-000" />
        </FormField>
        <FormField id={id('fax')} label="Fax" error={shown('fax')}>
          <input {...register('fax')} inputMode="tel" placeholder="(49) 3322-1100" />
        </FormField>
      </div>
      <ErrorNote message={errors.root?.server?.message ?? null} />
      <div className={formCss.formActions}>
        <button type="button" onClick={onCancel} disabled={isSubmitting}>
          Cancelar
        </button>
        <button type="submit" className="primary" disabled={isSubmitting}>
          {isSubmitting ? 'Salvando…' : 'Salvar endereço'}
        </button>
      </div>
    </form>
  );
}
