import type { BackupEntry } from '../../../shared/ipc/dto/database';
import { errorMessage, useChannelMutation, useChannelQuery } from '../../lib/query';
import { ErrorNote } from '../../ui/ErrorNote';
import { formatDateTimeBR } from '../../ui/format';
import styles from './BackupList.module.css';
import tableCss from '../../ui/table.module.css';

const sizeMB = (bytes: number) =>
  `${(bytes / 1_048_576).toLocaleString('pt-BR', { maximumFractionDigits: 1 })} MB`;

/** The backups in the data folder, newest first, each with "Restaurar backup". */
export function BackupList() {
  const q = useChannelQuery('backup.list', {});
  const backups = q.data ?? null;
  // Every screen reloads from the restored data.
  const restoring = useChannelMutation('backup.restore', { onSuccess: () => window.location.reload() });
  const error = errorMessage(restoring.error) ?? errorMessage(q.error);
  const busy = restoring.isPending ? (restoring.variables?.fileName ?? null) : null;

  const restore = (b: BackupEntry) => {
    const when = formatDateTimeBR(b.createdAt);
    const question = `Restaurar o backup de ${when}? O que foi gravado depois dele deixa de aparecer (o arquivo atual é guardado à parte).`;
    if (window.confirm(question)) restoring.mutate({ fileName: b.fileName });
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
        <table className={tableCss.table} aria-label="Backups">
          <thead>
            <tr>
              <th>Data</th>
              <th>Tipo</th>
              <th className={styles.num}>Tamanho</th>
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
                <td className={styles.num}>{sizeMB(b.sizeBytes)}</td>
                <td className={tableCss.actions}>
                  <button type="button" disabled={busy !== null} onClick={() => restore(b)}>
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
