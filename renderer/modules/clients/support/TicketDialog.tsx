import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import {
  ticketFormSchema,
  type TicketFormOutput,
  type TicketFormValues,
} from '../../../../shared/forms/ticket.schema';
import { Dialog } from '../../../ui/Dialog';
import { ErrorNote } from '../../../ui/ErrorNote';
import { FormField } from '../../../ui/FormField';
import formCss from '../../../ui/forms.module.css';

/** "Nova solicitação de suporte": the description rule is clientTickets.create's (shared/forms). */
export function TicketDialog({
  onSave,
  onClose,
}: {
  onSave: (description: string) => Promise<string | null>;
  onClose: () => void;
}) {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting: saving },
  } = useForm<TicketFormValues, unknown, TicketFormOutput>({
    resolver: zodResolver(ticketFormSchema),
    defaultValues: { description: '' },
  });

  const submit = handleSubmit(async ({ description }) => {
    const failure = await onSave(description);
    if (failure) setError('root.server', { message: failure });
    else onClose();
  });

  return (
    <Dialog title="Nova solicitação de suporte" onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label="Solicitação de suporte">
        <FormField id="t-description" label="Descrição" error={errors.description?.message}>
          <textarea {...register('description')} rows={4} autoFocus />
        </FormField>
        <ErrorNote message={errors.root?.server?.message ?? null} />
        <div className={formCss.formActions}>
          <button type="button" onClick={onClose} disabled={saving}>
            Cancelar
          </button>
          <button type="submit" className="primary" disabled={saving}>
            {saving ? 'Salvando…' : 'Abrir solicitação'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
