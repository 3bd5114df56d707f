import { msg } from './define';

/** The persisted scheduler, its run log and the integration history export. */
export const integrationMessages = {
  'jobs.alreadyRunning': msg('CONFLICT', () => 'Esta rotina já está em execução. Aguarde o término.'),
  'jobs.unknown': msg('NOT_FOUND', (d: { name: string }) => `Rotina desconhecida: ${d.name}.`),
  'runLog.notFound': msg('NOT_FOUND', () => 'Execução não encontrada.'),
  'export.cancelled': msg('CANCELLED', () => 'Exportação cancelada.'),
  'export.gone': msg('NOT_FOUND', () => 'Esta exportação não existe mais. Gere o arquivo novamente.'),
  'export.inProgress': msg('CONFLICT', () => 'Já existe uma exportação em andamento. Aguarde ou cancele-a.'),
  'export.notReady': msg('CONFLICT', () => 'O arquivo ainda não está pronto para baixar.'),
};
