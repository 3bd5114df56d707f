import type { RecentBureauQuery } from '../../../shared/ipc/dto/bureau';
import { Dialog } from '../../ui/Dialog';
import { ErrorNote } from '../../ui/ErrorNote';
import { formatDateTimeBR } from '../../ui/format';
import { useFocusFirst } from '../../ui/useFocusFirst';
import noticeCss from '../../ui/notices.module.css';

interface Props {
  recent: RecentBureauQuery;
  error: string | null;
  busy: boolean;
  onView: () => void;
  onNew: () => void;
  onClose: () => void;
}

/** A query of the last 90 days exists (any desktop): look at it first, or pay for a new one. */
export function RecentQueryDialog({ recent, error, busy, onView, onNew, onClose }: Props) {
  const view = useFocusFirst<HTMLButtonElement>();
  const row = recent.row;
  if (!row) return null;
  const fromOtherDesktop = row.source === 'erp';
  return (
    <Dialog
      title="Consulta recente"
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            Cancelar
          </button>
          <button type="button" disabled={busy} onClick={onNew}>
            Realizar nova consulta
          </button>
          <button ref={view} type="button" className="primary" disabled={busy} onClick={onView}>
            Visualizar última consulta
          </button>
        </>
      }
    >
      <p data-testid="deps-recent">
        Este cliente foi consultado há menos de 90 dias: em{' '}
        <strong>{formatDateTimeBR(row.requestedAt)}</strong> por <strong>{row.userName}</strong>, produto{' '}
        {row.productName}.
      </p>
      {row.status === 'unknown' && (
        <p className={noticeCss.warn}>
          Essa consulta ficou sem resposta do bureau; ela pode ter sido processada. Visualize-a para verificar
          sem nova cobrança.
        </p>
      )}
      {fromOtherDesktop && (
        <p className="muted">
          Feita em outro computador: o resultado será pedido ao bureau para reutilização, sem nova consulta.
        </p>
      )}
      {recent.erpNote && <p className="muted">{recent.erpNote}</p>}
      <ErrorNote message={error} />
    </Dialog>
  );
}
