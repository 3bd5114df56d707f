import { useState } from 'react';
import type { ReceivablesStatusView } from '../../../shared/ipc/dto/receivables';
import { Dialog } from '../../ui/Dialog';
import { formatDateTimeBR } from '../../ui/format';
import styles from './ReceivablesSection.module.css';
import fieldsCss from '../../ui/fields.module.css';

interface Props {
  status: ReceivablesStatusView;
  busy: boolean;
  onClaim: (confirmTakeover: boolean) => void;
}

/**
 * The optional preferred sender ("Designar este computador", with a warning on takeover). With
 * nobody designated this desktop sends alone, or, in floor mode, any seat does.
 */
export function ReceivablesHostField({ status, busy, onClaim }: Props) {
  const [confirming, setConfirming] = useState(false);
  const host = status.syncHost;
  const other = host && !status.isSyncHost ? host : null;
  return (
    <div className={fieldsCss.field}>
      <dt>Computador que envia (preferência opcional)</dt>
      <dd data-testid="receivables-sync-host">
        {host ? (
          <>
            <strong>{host.machineName}</strong>
            {status.isSyncHost && ' (este computador)'}{' '}
            <span className="muted">
              designado em {formatDateTimeBR(host.claimedAt)} por {host.claimedBy} · id{' '}
              {host.installId.slice(0, 8)}
            </span>
          </>
        ) : (
          <>
            Nenhum computador designado (opcional):{' '}
            {status.floorMode
              ? 'um dos computadores ligados envia, escolhido pelo banco central; se ele parar, outro assume.'
              : 'este computador envia.'}
          </>
        )}
        {host && status.floorMode && (
          <div className="muted">
            Preferência: se {host.machineName} estiver desligado, outro computador ligado assume o envio.
          </div>
        )}
        {status.syncHostProblem && <div className={styles.warning}>{status.syncHostProblem}</div>}
        <div className="muted">
          Este computador: {status.thisMachine.machineName} · id {status.thisMachine.installId.slice(0, 8)}
        </div>
        {!status.isSyncHost && (
          <button
            type="button"
            className={styles.hostAction}
            disabled={busy || status.syncHostSource === 'none'}
            onClick={() => (other ? setConfirming(true) : onClaim(false))}
          >
            Designar este computador
          </button>
        )}
      </dd>
      {confirming && other && (
        <Dialog
          title="Assumir o envio de contas a receber"
          onClose={() => setConfirming(false)}
          footer={
            <>
              <button type="button" onClick={() => setConfirming(false)}>
                Cancelar
              </button>
              <button
                type="button"
                className="primary"
                onClick={() => {
                  setConfirming(false);
                  onClaim(true);
                }}
              >
                Assumir o envio
              </button>
            </>
          }
        >
          <p role="alert">
            O computador <strong>{other.machineName}</strong> já está designado para enviar as contas a
            receber ao bureau. Se este computador assumir a preferência, <strong>{other.machineName}</strong>{' '}
            deixa de enviar.
          </p>
        </Dialog>
      )}
    </div>
  );
}
