import { useState, type FormEvent } from 'react';
import { Dialog } from '../../../ui/Dialog';
import { ErrorNote } from '../../../ui/ErrorNote';
import { FormField } from '../../../ui/FormField';
import formCss from '../../../ui/forms.module.css';

export function TicketDialog({
  onSave,
  onClose,
}: {
  onSave: (description: string) => Promise<string | null>;
  onClose: () => void;
}) {
  const [description, setDescription] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const error =
    description.trim() === ''
      ? 'Descreva a solicitação.'
      : description.length > 500
        ? 'No máximo 500 caracteres.'
        : undefined;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (error) return;
    setSaving(true);
    const failure = await onSave(description.trim());
    setSaving(false);
    if (failure) setServerError(failure);
    else onClose();
  };

  return (
    <Dialog title="Nova solicitação de suporte" onClose={onClose}>
      <form onSubmit={submit} noValidate aria-label="Solicitação de suporte">
        <FormField id="t-description" label="Descrição" error={submitted ? error : undefined}>
          <textarea value={description} onChange={(e) => setDescription(e.target.value)} rows={4} autoFocus />
        </FormField>
        <ErrorNote message={serverError} />
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
