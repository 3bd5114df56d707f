import { useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type {
  HistoryExportChunk,
  HistoryExportProgress,
  HistoryExportRequest,
  HistoryExportStart,
} from '../../../../shared/ipc/dto/integration';
import { callOrThrow, onEvent } from '../../../lib/api';
import { channelKey, errorMessage, useChannelMutation } from '../../../lib/query';
import { base64ToBytes, saveBlob } from '../../../ui/save-file';

export type ExportPhase = 'idle' | 'starting' | 'running' | 'downloading' | 'done' | 'cancelled' | 'failed';

export interface ExportView {
  phase: ExportPhase;
  written: number;
  total: number;
  message: string | null;
}

type Started = Extract<HistoryExportStart, { started: true }>;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** A missed event is caught up by a slow poll while the workbook is written. */
const POLL_MS = 1000;

const settled = (p: HistoryExportProgress | undefined): boolean => !!p && p.state !== 'running';
const progressKey = (exportId: string): QueryKey => channelKey('integration.history.progress', { exportId });

/** Web shell: the finished workbook comes from main piece by piece and is handed to the browser. */
async function download(s: Started): Promise<void> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  for (let offset: number | null = 0; offset !== null;) {
    const chunk: HistoryExportChunk = await callOrThrow('integration.history.chunk', {
      exportId: s.exportId,
      offset,
    });
    parts.push(base64ToBytes(chunk.base64));
    offset = chunk.nextOffset;
  }
  saveBlob(s.fileName, new Blob(parts, { type: XLSX }));
}

/**
 * One history export at a time: a mutation starts it (main asks where to save), its progress is
 * a query fed by main's events (and the slow poll), Cancelar is a mutation, and in the web shell
 * a last mutation downloads the file. Once an export has ended its outcome is kept: a late
 * "running" event or poll answer cannot bring the bar back.
 */
export function useHistoryExport() {
  const queryClient = useQueryClient();
  // Client state: which export this screen follows.
  const [current, setCurrent] = useState<Started | null>(null);

  const start = useChannelMutation('integration.history.export', {
    onSuccess: (r) => setCurrent(r.started ? r : null),
  });
  const key = current ? progressKey(current.exportId) : ['integration.history.progress', null];
  const progress = useQuery({
    queryKey: key,
    enabled: current !== null,
    queryFn: async () => {
      const next = await callOrThrow('integration.history.progress', { exportId: current!.exportId });
      const known = queryClient.getQueryData<HistoryExportProgress>(key);
      return settled(known) ? known! : next;
    },
    refetchInterval: (q) => (settled(q.state.data) ? false : POLL_MS),
    staleTime: Infinity,
  });
  const cancel = useChannelMutation('integration.history.cancel', {
    onSuccess: (p) => queryClient.setQueryData(progressKey(p.exportId), p),
  });
  const fetchFile = useMutation({ mutationFn: download });

  // Main tells the progress of every export; this screen keeps the one it follows.
  useEffect(
    () =>
      onEvent('integration.export.progress', (p) =>
        queryClient.setQueryData<HistoryExportProgress>(progressKey(p.exportId), (known) =>
          settled(known) ? known : p,
        ),
      ),
    [queryClient],
  );

  const p = progress.data;
  const mustDownload = !!current && current.delivery === 'download' && p?.state === 'done';
  const { mutate: downloadFile, isIdle: notDownloaded } = fetchFile;
  useEffect(() => {
    if (mustDownload && notDownloaded && current) downloadFile(current);
  }, [mustDownload, notDownloaded, current, downloadFile]);

  const view = exportView({
    starting: start.isPending,
    startError: errorMessage(start.error),
    notStarted: start.data?.started === false,
    current,
    progress: p,
    downloading: fetchFile.isPending || (mustDownload && notDownloaded),
    downloadError: errorMessage(fetchFile.error),
    cancelError: errorMessage(cancel.error),
  });

  return {
    view,
    start: (request: HistoryExportRequest) => {
      setCurrent(null);
      cancel.reset();
      fetchFile.reset();
      start.mutate(request);
    },
    cancel: () => {
      if (current && !settled(p)) cancel.mutate({ exportId: current.exportId });
    },
  };
}

interface ViewInputs {
  starting: boolean;
  startError: string | null;
  notStarted: boolean;
  current: Started | null;
  progress: HistoryExportProgress | undefined;
  downloading: boolean;
  downloadError: string | null;
  cancelError: string | null;
}

/** What the bar and the message below it show, from the export's requests and its progress. */
export function exportView(i: ViewInputs): ExportView {
  const none = { written: 0, total: 0 };
  if (i.starting) return { phase: 'starting', ...none, message: null };
  if (i.startError) return { phase: 'failed', ...none, message: i.startError };
  if (!i.current)
    return { phase: 'idle', ...none, message: i.notStarted ? 'Nenhum arquivo foi salvo.' : null };
  const p = i.progress;
  const counts = { written: p?.written ?? 0, total: p?.total ?? 0 };
  if (!p || p.state === 'running') return { phase: 'running', ...counts, message: i.cancelError };
  if (p.state === 'cancelled')
    return { phase: 'cancelled', ...counts, message: 'Exportação cancelada; o arquivo parcial foi apagado.' };
  if (p.state === 'failed') return { phase: 'failed', ...counts, message: p.message };
  if (i.current.delivery === 'saved')
    return {
      phase: 'done',
      ...counts,
      message: `Arquivo salvo em ${i.current.savedTo ?? i.current.fileName}.`,
    };
  if (i.downloadError) return { phase: 'failed', ...counts, message: i.downloadError };
  if (i.downloading) return { phase: 'downloading', ...counts, message: null };
  return { phase: 'done', ...counts, message: `Arquivo "${i.current.fileName}" baixado.` };
}
