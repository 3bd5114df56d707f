import { Dialog } from '../../ui/Dialog';
import { ErrorNote } from '../../ui/ErrorNote';

interface Props {
  busy: boolean;
  error: string | null;
  onConfirm: () => void;
  onClose: () => void;
}

/** "Sair do banco central": the seat goes back to its own file, which was kept as it was. */
export function FloorLeaveDialog({ busy, error, onConfirm, onClose }: Props) {
  return (
    <Dialog title="Sair do banco central?" onClose={onClose}>
      <p>
        Este computador volta ao modo local: passa a usar só o próprio banco de dados, sem ver o que a equipe
        grava no banco central. Nada é apagado no banco central nem neste computador.
      </p>
      <ErrorNote message={error} />
      <div className="form-actions">
        <button type="button" onClick={onClose} disabled={busy}>
          Cancelar
        </button>
        <button type="button" className="primary danger" onClick={onConfirm} disabled={busy} aria-busy={busy}>
          {busy ? 'Saindo…' : 'Sair do banco central'}
        </button>
      </div>
    </Dialog>
  );
}
