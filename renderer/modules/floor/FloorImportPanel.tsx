import { useEffect, useState } from 'react';
import type { FloorImportProgress } from '../../../shared/ipc/dto/floor';
import { onEvent } from '../../lib/api';
import { errorMessage, useChannelMutation } from '../../lib/query';
import { Dialog } from '../../ui/Dialog';
import { ErrorNote } from '../../ui/ErrorNote';
import { FloorImportReportTable } from './FloorImportReportTable';

/** "Importar dados deste computador": once, into an empty central database, with a report. */
export function FloorImportPanel() {
  const [confirming, setConfirming] = useState(false);
  const [progress, setProgress] = useState<FloorImportProgress | null>(null);
  const run = useChannelMutation('floor.import', { onSettled: () => setProgress(null) });
  useEffect(() => onEvent('floor.import.progress', setProgress), []);
  return (
    <section aria-label="Importar dados">
      <h3>Importar dados deste computador</h3>
      <p className="muted">
        Copia usuários, configurações e o atendimento deste computador para o banco central. Só é feito uma
        vez, num banco central ainda vazio.
      </p>
      <div className="form-actions">
        <button type="button" onClick={() => setConfirming(true)} disabled={run.isPending}>
          Importar dados deste computador
        </button>
      </div>
      {run.isPending && (
        <p role="status" aria-live="polite" data-testid="floor-import-progress">
          Importando…{progress ? ` ${progress.label} (${progress.index + 1} de ${progress.count})` : ''}
        </p>
      )}
      <ErrorNote message={errorMessage(run.error)} />
      {run.data && <FloorImportReportTable report={run.data} />}
      {confirming && (
        <Dialog title="Importar dados deste computador?" onClose={() => setConfirming(false)}>
          <p>
            Os dados compartilhados deste computador serão copiados para o banco central, tudo ou nada. Se o
            banco central já tiver dados, nada é importado.
          </p>
          <div className="form-actions">
            <button type="button" onClick={() => setConfirming(false)}>
              Cancelar
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => {
                setConfirming(false);
                run.mutate({});
              }}
            >
              Importar
            </button>
          </div>
        </Dialog>
      )}
    </section>
  );
}
