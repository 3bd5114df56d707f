import { useState } from 'react';
import type { BackupEntry } from '../../../shared/ipc/dto/database';
import { call } from '../../lib/api';
import { errorMessage, useChannelQuery } from '../../lib/query';
import { ErrorNote } from '../../ui/ErrorNote';
import { formatDateTimeBR } from '../../ui/format';

const sizeMB = (bytes: number) =>
  `${(bytes / 1_048_576).toLocaleString('pt-BR', { maximumFractionDigits: 1 })} MB`;

/** The backups in the data folder, newest first, each with "Restaurar backup". */
export function BackupList() {
  const q = useChannelQuery('backup.list', {});
  const backups = q.data ?? null;
  const [restoreError, setError] = useState<string | null>(null);
  const error = restoreError ?? errorMessage(q.error);
  const [busy, setBusy] = useState<string | null>(null);

  const restore = async (b: BackupEntry) => {
    const when = formatDateTimeBR(b.createdAt);
    const question = `Restaurar o backup de ${when}? O que foi gravado depois dele deixa de aparecer (o arquivo atual é guardado à parte).`;
    if (!window.confirm(question)) return;
    setBusy(b.fileName);
    const r = await call('backup.restore', { fileName: b.fileName });
    setBusy(null);
    if (!r.ok) return setError(r.error.message);
    // Every screen reloads from the restored data.
    window.location.reload();
  };

  if (backups === null) return <ErrorNote message={error} />;
  return (
    <div>
      <ErrorNote message={error} />
      {backups.length === 0 ? (
        <p className="muted">
          Nenhum backup na pasta de dados ainda. O primeiro é feito no próximo horário diário.
        </p>
      ) : (
        <table className="table" aria-label="Backups">
          <thead>
            <tr>
              <th>Data</th>
              <th>Tipo</th>
              <th>Tamanho</th>
              <th>
                <span className="sr-only">Ações</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((b) => (
              <tr key={b.fileName}>
                <td>{formatDateTimeBR(b.createdAt)}</td>
                <td>{b.reason}</td>
                <td>{sizeMB(b.sizeBytes)}</td>
                <td className="actions">
                  <button type="button" disabled={busy !== null} onClick={() => void restore(b)}>
                    {busy === b.fileName ? 'Restaurando…' : 'Restaurar backup'}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
