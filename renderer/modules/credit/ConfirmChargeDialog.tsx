import { Dialog } from '../../ui/Dialog';
import { ErrorNote } from '../../ui/ErrorNote';
import { useFocusFirst } from '../../ui/useFocusFirst';
import { FirstSyncNotice } from '../setup';
import styles from './ConfirmChargeDialog.module.css';

interface Props {
  clientName: string;
  productId: string;
  erpNote: string | null;
  error: string | null;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** Every new query is billed by the bureau: it needs an explicit confirmation. */
export function ConfirmChargeDialog({
  clientName,
  productId,
  erpNote,
  error,
  busy,
  onConfirm,
  onClose,
}: Props) {
  const confirm = useFocusFirst<HTMLButtonElement>();
  return (
    <Dialog
      title="Realizar nova consulta"
      onClose={busy ? () => undefined : onClose}
      footer={
        <>
          <button type="button" disabled={busy} onClick={onClose}>
            Cancelar
          </button>
          <button ref={confirm} type="button" className="primary" disabled={busy} onClick={onConfirm}>
            {busy ? 'Consultando…' : 'Confirmar consulta cobrada'}
          </button>
        </>
      }
    >
      <p className={styles.charge} role="note">
        <strong>Esta consulta é cobrada pela Deps.</strong> Confirme para consultar {clientName} com o produto{' '}
        {productId}.
      </p>
      {erpNote && <p className="muted">{erpNote}</p>}
      <FirstSyncNotice what="a posição do cliente no ERP pode estar incompleta." />
      {busy && (
        <p className="loading" aria-live="polite">
          Consultando o bureau; não feche a janela.
        </p>
      )}
      <ErrorNote message={error} />
    </Dialog>
  );
}
