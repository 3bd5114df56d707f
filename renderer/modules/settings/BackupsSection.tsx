import { BackupList } from '../database';

/** Configurações → Backups: automatic copies of the database, and "Restaurar backup". */
export function BackupsSection() {
  return (
    <div>
      <h2>Backups</h2>
      <p className="muted">
        Uma cópia do banco de dados é feita todos os dias e antes de cada atualização do banco, na pasta de
        dados (backups), e guardada por 7 dias.
      </p>
      <BackupList />
    </div>
  );
}
