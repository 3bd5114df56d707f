import { useState } from 'react';
import { type ClientFileRow } from '../../../../shared/ipc/dto/client-files';
import { formatFileSize } from '../../../../shared/domain/files';
import { errorMessage, useChannelMutation } from '../../../lib/query';
import { Badge } from '../../../ui/Badge';
import { ErrorNote } from '../../../ui/ErrorNote';
import { formatDateTimeBR } from '../../../ui/format';
import { GuardedButton } from '../../../ui/GuardedButton';
import { ListFooter } from '../../../ui/ListFooter';
import { usePagedQuery } from '../../../lib/usePagedQuery';
import { VirtualRows } from '../../../ui/VirtualRows';
import { FileDropZone } from './FileDropZone';
import { readAsBase64, saveBase64 } from './fileTransfer';
import { useClientTabs } from '../store';
import tableCss from '../../../ui/table.module.css';

const BLOCKED_WHILE_EDITING =
  'Para anexar arquivos, salve ou cancele a edição da aba Detalhes: um arquivo só entra com a ficha em modo de leitura.';

export function FilesTab({ clientId }: { clientId: number }) {
  const editingDetails = useClientTabs((s) => s.editingDetails[clientId] ?? false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const list = usePagedQuery('clientFiles.list', (before) => ({ clientId, before, limit: 100 }));
  const maxBytes = list.firstPage?.maxBytes ?? null;
  // The list is paged: a new file reloads it from the top (where it sorts) once per batch, and a
  // deleted one leaves the loaded rows in place, so the agent keeps their place in a long list.
  const attach = useChannelMutation('clientFiles.attach');
  const fetchFile = useChannelMutation('clientFiles.download');
  const deletion = useChannelMutation('clientFiles.delete', {
    onSuccess: (_r, input) => list.patch((rows) => rows.filter((x) => x.id !== input.id)),
  });

  const upload = async (files: File[]) => {
    const problems: string[] = [];
    for (const file of files) {
      // Refused before reading: a 2 GB video must not be loaded into memory to be told no.
      if (maxBytes !== null && file.size > maxBytes) {
        problems.push(
          `"${file.name}" tem ${formatFileSize(file.size)} e passa do limite de ${formatFileSize(maxBytes)} por anexo.`,
        );
        continue;
      }
      setBusy(`Enviando ${file.name}…`);
      try {
        await attach.mutateAsync({
          clientId,
          name: file.name,
          mime: file.type,
          contentBase64: await readAsBase64(file),
        });
      } catch (e) {
        problems.push(`"${file.name}": ${errorMessage(e)}`);
      }
    }
    setBusy(null);
    setError(problems.length ? problems.join(' ') : null);
    list.reload();
  };

  const download = async (f: ClientFileRow) => {
    try {
      const file = await fetchFile.mutateAsync({ id: f.id });
      saveBase64(file.name, file.mime, file.contentBase64);
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const remove = async (f: ClientFileRow) => {
    if (!window.confirm(`Excluir o arquivo "${f.name}"?`)) return;
    try {
      await deletion.mutateAsync({ id: f.id });
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  // The row whose download or deletion is on its way waits instead of taking a second click.
  const busyId = fetchFile.isPending
    ? fetchFile.variables?.id
    : deletion.isPending
      ? deletion.variables?.id
      : null;

  return (
    <div className="files">
      <FileDropZone
        busy={busy !== null || attach.isPending}
        blocked={editingDetails ? BLOCKED_WHILE_EDITING : null}
        onFiles={(files) => void upload(files)}
      />
      {busy && (
        <p className="muted" role="status">
          {busy}
        </p>
      )}
      <ErrorNote message={error} />
      <VirtualRows
        label="Arquivos"
        rows={list.rows}
        columns="minmax(200px, 1fr) 100px 150px 170px 170px"
        header={
          <>
            <span role="columnheader">Nome</span>
            <span role="columnheader" className={tableCss.num}>
              Tamanho
            </span>
            <span role="columnheader">Anexado em</span>
            <span role="columnheader">Por</span>
            <span role="columnheader">Ações</span>
          </>
        }
        rowKey={(f) => f.id}
        renderCells={(f) => (
          <>
            <span role="cell" className={tableCss.ellipsis} title={f.name}>
              {f.name}{' '}
              <span className="muted mono" title="Extensão real do arquivo">
                {f.extension ? `.${f.extension}` : 'sem extensão'}
              </span>{' '}
              {f.missing && (
                <Badge tone="bad" title="O conteúdo não está mais na pasta de dados.">
                  Arquivo ausente
                </Badge>
              )}
            </span>
            <span role="cell" className={tableCss.num}>
              {formatFileSize(f.sizeBytes)}
            </span>
            <span role="cell">{formatDateTimeBR(f.uploadedAt)}</span>
            <span role="cell" className={tableCss.ellipsis}>
              {f.uploadedByName ?? '—'}
            </span>
            <span role="cell" className={tableCss.rowActions}>
              <button
                type="button"
                onClick={() => void download(f)}
                disabled={busyId === f.id}
                aria-label={`Baixar ${f.name}`}
              >
                Baixar
              </button>
              <GuardedButton
                permission="clients.files"
                disabled={busyId === f.id}
                onClick={() => void remove(f)}
                aria-label={`Excluir ${f.name}`}
              >
                Excluir
              </GuardedButton>
            </span>
          </>
        )}
        hasMore={list.hasMore}
        onEndReached={list.loadMore}
        empty={list.loading ? 'Carregando…' : 'Nenhum arquivo anexado a este cliente.'}
      />
      <ListFooter
        shown={list.rows.length}
        total={list.total}
        loading={list.loading}
        error={list.error}
        noun="arquivos"
        singular="arquivo"
      />
    </div>
  );
}
