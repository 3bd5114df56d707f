import type { BureauQueryDetail } from '../../../shared/ipc/dto/bureau';
import { MESSAGES } from '../../../shared/ipc/messages';
import { useCan } from '../auth/store';
import { Dialog } from '../../ui/Dialog';
import { formatDateTimeBR } from '../../ui/format';
import { DecisionView } from './DecisionView';
import noticeCss from '../../ui/notices.module.css';

interface Props {
  detail: BureauQueryDetail;
  note: string | null;
  onEdit: () => void;
  onClose: () => void;
}

/** A stored result, new or reopened: shown from the ledger, never by asking the bureau again. */
export function QueryResultDialog({ detail, note, onEdit, onClose }: Props) {
  const canEdit = useCan('clients.editCredit');
  const { row } = detail;
  return (
    <Dialog
      wide
      title="Resultado da consulta Deps"
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            Fechar
          </button>
          <button
            type="button"
            className="primary"
            disabled={!canEdit}
            title={canEdit ? undefined : MESSAGES.FORBIDDEN({ permission: 'clients.editCredit' })}
            onClick={onEdit}
          >
            Editar situação/limite de crédito
          </button>
        </>
      }
    >
      <p className="muted">
        Consulta #{row.id} de {formatDateTimeBR(row.requestedAt)} por {row.userName} · {row.productName}
        {row.reused ? ' · resultado reutilizado (sem nova cobrança)' : ''}
      </p>
      {note && <p className={noticeCss.warn}>{note}</p>}
      {!detail.subjectCheck.matches && (
        // Another subject's answer: red, and the limit dialog is not pre-filled from it.
        <p className="error-note" role="alert" data-testid="bureau-subject-mismatch">
          {detail.subjectCheck.message}
        </p>
      )}
      <DecisionView decision={detail.decision} />
    </Dialog>
  );
}
