import { Dialog } from '../../ui/Dialog';
import { ErrorNote } from '../../ui/ErrorNote';

interface Props {
  error: string | null;
  onRetry: () => void;
  onClose: () => void;
}

/** A query picked in Análise crédito is being read (or fetched from the bureau without a charge). */
export function OpeningQueryDialog({ error, onRetry, onClose }: Props) {
  return (
    <Dialog
      title="Consulta Deps"
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            Fechar
          </button>
          {error && (
            <button type="button" className="primary" onClick={onRetry}>
              Tentar novamente
            </button>
          )}
        </>
      }
    >
      {!error && (
        <p className="loading" aria-live="polite">
          Abrindo a consulta…
        </p>
      )}
      <ErrorNote message={error} />
    </Dialog>
  );
}
