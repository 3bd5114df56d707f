import { formatFileSize } from '../../domain/files';
import { msg } from './define';

/** The client screen: record, contacts, activities, tickets, addresses, billing, files. */
export const clientsMessages = {
  'clients.goneSinceSync': msg(
    'NOT_FOUND',
    () => 'Cliente não encontrado. Ele pode ter sido removido na última sincronização.',
  ),
  'clients.notFound': msg('NOT_FOUND', () => 'Cliente não encontrado.'),
  'clients.activityGone': msg(
    'NOT_FOUND',
    () => 'Atividade não encontrada: ela pode ter sido removida. Atualize a tela.',
  ),
  'clients.activityDone': msg('CONFLICT', () => 'Esta atividade já foi concluída.'),
  'clients.contactGone': msg(
    'NOT_FOUND',
    () => 'Contato não encontrado: ele pode ter sido removido por outro usuário. Atualize a tela.',
  ),
  'clients.ticketGone': msg('NOT_FOUND', () => 'Chamado não encontrado. Atualize a tela.'),
  'clients.ticketClosed': msg(
    'CONFLICT',
    (d: { reference: string }) => `O chamado ${d.reference} já está encerrado.`,
  ),
  /** `label` is the address kind's own label ("Endereço de cobrança"...). */
  'clients.addressGone': msg(
    'NOT_FOUND',
    (d: { label: string }) => `${d.label} já não existe. Atualize a tela.`,
  ),
  'clients.billingDocumentGone': msg(
    'NOT_FOUND',
    () => 'Documento não encontrado. Ele pode ter sido cancelado no ERP.',
  ),
  'clients.productGone': msg('NOT_FOUND', () => 'Produto não encontrado. Ele pode ter sido retirado no ERP.'),
  'clients.fileTooLarge': msg(
    'FILE_TOO_LARGE',
    (d: { limitBytes: number }) =>
      `O arquivo passa do limite de ${formatFileSize(d.limitBytes)} por anexo. Reduza o arquivo (por exemplo, compacte ou divida o PDF) e tente de novo.`,
  ),
  'clients.fileGone': msg(
    'NOT_FOUND',
    () => 'Arquivo não encontrado: ele pode ter sido excluído. Atualize a tela.',
  ),
  'clients.fileContentMissing': msg(
    'FILE_MISSING',
    (d: { name: string }) =>
      `O conteúdo de "${d.name}" não está mais na pasta de dados (foi apagado ou alterado fora da Central). ` +
      'Anexe o arquivo novamente ou restaure a pasta "files" de um backup.',
  ),
};
