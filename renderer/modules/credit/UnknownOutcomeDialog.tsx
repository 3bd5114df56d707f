import type { BureauQueryRow } from '../../../shared/ipc/dto/bureau';
import { Dialog } from '../../ui/Dialog';
import { ErrorNote } from '../../ui/ErrorNote';
import { formatDateTimeBR } from '../../ui/format';

interface Props {
  row: BureauQueryRow;
  message: string;
  error: string | null;
  busy: boolean;
  onCheck: () => void;
  onClose: () => void;
}

/** Sent but unanswered: maybe billed. Never retried on its own; the agent can check later for free. */
export function UnknownOutcomeDialog({ row, message, error, busy, onCheck, onClose }: Props) {
  const failed = row.status === 'failed';
  return (
    <Dialog
      title={failed ? 'Consulta não processada' : 'Consulta sem resposta'}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            {failed ? 'Fechar' : 'Verificar depois'}
          </button>
          {!failed && row.id !== null && (
            <button type="button" className="primary" disabled={busy} onClick={onCheck}>
              {busy ? 'Verificando…' : 'Verificar no bureau'}
            </button>
          )}
        </>
      }
    >
      <p data-testid="deps-unknown">{message}</p>
      <p className="muted">
        Consulta de {formatDateTimeBR(row.requestedAt)} ({row.productName}). Ela continua listada em Análise
        crédito → Consultas, de onde pode ser verificada a qualquer momento.
      </p>
      <ErrorNote message={error} />
    </Dialog>
  );
}
