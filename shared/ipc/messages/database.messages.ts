import { msg } from './define';

/** The local database file and its backups. */
export const databaseMessages = {
  'database.corrupt': msg(
    'DB_CORRUPT',
    () =>
      'O banco de dados deste computador está danificado. Para não piorar o dano, nada mais será gravado. ' +
      'Um administrador pode restaurar o último backup em "Restaurar backup".',
  ),
  'database.notADatabase': msg(
    'DB_CORRUPT',
    (d: { filePath: string }) =>
      `O arquivo de dados "${d.filePath}" não é um banco de dados válido ou está corrompido. ` +
      'Ele não foi alterado. Restaure um backup (os automáticos ficam na pasta "backups", ao lado do arquivo) ' +
      'ou mova o arquivo para outra pasta e abra o sistema novamente.',
  ),
  'database.newerVersion': msg(
    'DB_NEWER_VERSION',
    (d: { filePath: string; version: number; latest: number }) =>
      `O banco de dados "${d.filePath}" foi criado por uma versão mais nova da Central de Atendimento ` +
      `(esquema ${d.version}; esta versão conhece até ${d.latest}). Atualize o aplicativo. O arquivo não foi alterado.`,
  ),
  'database.unreadable': msg(
    'DB_CORRUPT',
    (d: { filePath: string; reason: string }) =>
      `Não foi possível ler o banco de dados "${d.filePath}": ${d.reason}. O arquivo não foi alterado.`,
  ),
  'database.relocateMismatch': msg(
    'INTERNAL',
    (d: { toDir: string }) =>
      `A cópia do banco para ${d.toDir} não conferiu com o original; o original foi mantido.`,
  ),
  'database.relocateFileIncomplete': msg(
    'INTERNAL',
    (d: { name: string }) =>
      `O arquivo anexado ${d.name} não foi copiado por inteiro; o original foi mantido.`,
  ),
  'database.backupNotFound': msg('NOT_FOUND', () => 'Backup não encontrado na pasta de backups.'),
  'database.backupCorrupt': msg(
    'DB_CORRUPT',
    (d: { fileName: string; integrity: string }) =>
      `O backup "${d.fileName}" também está danificado (${d.integrity}). Escolha outro backup.`,
  ),
};
