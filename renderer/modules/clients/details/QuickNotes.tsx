import { useCurrentUser } from '../../auth/store';
import { formatDateTimeBR } from '../../../ui/format';
import { MAX_NOTES_LENGTH } from '../../../../shared/domain/client-details';
import { useQuickNotes, type NotesStatus } from './useQuickNotes';
import notesCss from './QuickNotes.module.css';

const STATUS_TEXT: Record<NotesStatus, string> = {
  saved: 'Salvo',
  pending: 'Alterações ainda não salvas…',
  saving: 'Salvando…',
  error: 'Não salvo',
};

/** Notas rápidas: any agent may write; saved while typing, on leaving the field, tab or window. */
export function QuickNotes(props: { clientId: number; initial: string; onSaved: (notes: string) => void }) {
  const user = useCurrentUser();
  const notes = useQuickNotes({ ...props, userId: user?.id ?? 0 });
  return (
    <section className={notesCss.notes} aria-label="Notas rápidas">
      <label htmlFor="quick-notes-text">
        <h3>Notas rápidas</h3>
      </label>
      <textarea
        id="quick-notes-text"
        value={notes.text}
        maxLength={MAX_NOTES_LENGTH}
        rows={12}
        placeholder="Anote aqui o que o próximo atendente precisa saber."
        onChange={(e) => notes.change(e.target.value)}
        onBlur={() => void notes.flush()}
      />
      <p
        className={`${notesCss.status} ${notes.status === 'error' ? 'error-note' : 'muted'}`}
        data-testid="notes-status"
        aria-live="polite"
      >
        {notes.status === 'error'
          ? `${STATUS_TEXT.error}: ${notes.error ?? ''} O texto fica guardado neste computador e será enviado de novo.`
          : notes.status === 'saved' && notes.savedAt
            ? `Salvo às ${formatDateTimeBR(notes.savedAt).slice(11)}`
            : STATUS_TEXT[notes.status]}
      </p>
    </section>
  );
}
