import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { formatPhoneBR, initialsOf } from '../../../../shared/domain/contact';
import { contactFormSchema, type ContactFormValues } from '../../../../shared/forms/contact.schema';
import { type ClientContact, type ContactFields } from '../../../../shared/ipc/dto/client-contacts';
import { TAG_SUGGESTIONS } from '../../../../shared/domain/contact-tags';
import { ErrorNote } from '../../../ui/ErrorNote';
import { FormField } from '../../../ui/FormField';
import formCss from '../../../ui/forms.module.css';
import { useCurrentUser } from '../../auth/store';
import { useFormDraft } from '../../../ui/draft-store';
import { DraftNote } from '../../../ui/DraftNote';
import { useState } from 'react';

const toForm = (c: ClientContact | null, company: string): ContactFormValues => ({
  name: c?.name ?? '',
  initials: c?.initials ?? '',
  company: c?.company ?? company,
  role: c?.role ?? '',
  email: c?.email ?? '',
  phone: c?.phone ? formatPhoneBR(c.phone) : '',
  tags: c?.tags.join(', ') ?? '',
});

export interface ContactFormProps {
  contact: ClientContact | null;
  /** The client the contact belongs to: its draft (a failed save) is kept per client. */
  clientId: number;
  defaultCompany: string;
  onSave: (fields: ContactFields) => Promise<string | null>;
  /** After Cancelar, or after a successful save unless `stayOpen`. */
  onClose: () => void;
  stayOpen?: boolean;
}

/** The contact's fields, used by the "+" dialog and by the contact's own workspace tab. */
export function ContactForm({
  contact,
  clientId,
  defaultCompany,
  onSave,
  onClose,
  stayOpen,
}: ContactFormProps) {
  const userId = useCurrentUser()?.id ?? 0;
  // What was typed before a save failed (central database unreachable) comes back here.
  const draft = useFormDraft<ContactFormValues>(`contact:${userId}:${clientId}:${contact?.id ?? 'new'}`);
  const [showDraft, setShowDraft] = useState(draft.recovered !== null);
  const {
    register,
    handleSubmit,
    watch,
    setError,
    getValues,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<ContactFormValues, unknown, ContactFields>({
    resolver: zodResolver(contactFormSchema),
    defaultValues: draft.recovered ?? toForm(contact, defaultCompany),
    // Messages appear on Salvar, then follow the typing.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const [name, initials] = watch(['name', 'initials']);

  const submit = handleSubmit(async (fields) => {
    const error = await onSave(fields);
    if (error) {
      draft.keep(getValues());
      return setError('root.server', { message: error });
    }
    draft.clear();
    setShowDraft(false);
    if (!stayOpen) onClose();
  });
  const discardDraft = () => {
    draft.clear();
    setShowDraft(false);
    reset(toForm(contact, defaultCompany));
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="Contato">
      {showDraft && <DraftNote onDiscard={discardDraft} />}
      <FormField id="c-name" label="Nome" error={errors.name?.message}>
        <input {...register('name')} autoFocus />
      </FormField>
      <FormField
        id="c-initials"
        label="Iniciais"
        error={errors.initials?.message}
        hint={initials.trim() === '' ? `Em branco: ${initialsOf(name) || '—'}` : undefined}
      >
        <input {...register('initials')} maxLength={4} />
      </FormField>
      <FormField id="c-company" label="Empresa" error={errors.company?.message}>
        <input {...register('company')} />
      </FormField>
      <FormField id="c-role" label="Cargo" error={errors.role?.message}>
        <input {...register('role')} />
      </FormField>
      <FormField id="c-email" label="E-mail" error={errors.email?.message}>
        <input {...register('email')} type="email" />
      </FormField>
      <FormField id="c-phone" label="Telefone" error={errors.phone?.message}>
        <input {...register('phone')} inputMode="tel" />
      </FormField>
      <FormField
        id="c-tags"
        label="Etiquetas"
        error={errors.tags?.message}
        hint={`Separadas por vírgula, ex.: ${TAG_SUGGESTIONS.slice(0, 3).join(', ')}.`}
      >
        <input {...register('tags')} />
      </FormField>
      <ErrorNote message={errors.root?.server?.message ?? null} />
      <div className={formCss.formActions}>
        <button type="button" onClick={onClose} disabled={isSubmitting}>
          Cancelar
        </button>
        <button type="submit" className="primary" disabled={isSubmitting}>
          {isSubmitting ? 'Salvando…' : 'Salvar contato'}
        </button>
      </div>
    </form>
  );
}
