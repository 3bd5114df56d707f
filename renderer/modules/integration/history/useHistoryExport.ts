import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  HistoryExportChunk,
  HistoryExportProgress,
  HistoryExportRequest,
  HistoryExportStart,
} from '../../../../shared/ipc/dto/integration';
import type { Result } from '../../../../shared/ipc/result';
import { call, onEvent } from '../../../lib/api';
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

async function download(s: Started): Promise<string | null> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  for (let offset: number | null = 0; offset !== null;) {
    const r: Result<HistoryExportChunk> = await call('integration.history.chunk', {
      exportId: s.exportId,
      offset,
    });
    if (!r.ok) return r.error.message;
    parts.push(base64ToBytes(r.value.base64));
    offset = r.value.nextOffset;
  }
  saveBlob(s.fileName, new Blob(parts, { type: XLSX }));
  return null;
}

/**
 * One history export at a time: start (main asks where to save), follow its progress (events,
 * with a slow poll in case an event is missed), cancel, and in the web shell download the file.
 */
export function useHistoryExport() {
  const [view, setView] = useState<ExportView>({ phase: 'idle', written: 0, total: 0, message: null });
  const current = useRef<Started | null>(null);
  const settled = useRef(false);

  const apply = useCallback(async (p: HistoryExportProgress) => {
    const s = current.current;
    if (!s || p.exportId !== s.exportId || settled.current) return;
    if (p.state === 'running') {
      setView({ phase: 'running', written: p.written, total: p.total, message: null });
      return;
    }
    settled.current = true;
    if (p.state === 'cancelled')
      return setView({
        ...p,
        phase: 'cancelled',
        message: 'Exportação cancelada; o arquivo parcial foi apagado.',
      });
    if (p.state === 'failed') return setView({ ...p, phase: 'failed', message: p.message });
    if (s.delivery === 'saved')
      return setView({ ...p, phase: 'done', message: `Arquivo salvo em ${s.savedTo ?? s.fileName}.` });
    setView({ ...p, phase: 'downloading', message: null });
    const error = await download(s);
    setView({ ...p, phase: error ? 'failed' : 'done', message: error ?? `Arquivo "${s.fileName}" baixado.` });
  }, []);

  useEffect(() => onEvent('integration.export.progress', (p) => void apply(p)), [apply]);

  const running = view.phase === 'running';
  useEffect(() => {
    const s = current.current;
    if (!running || !s) return;
    const timer = setInterval(async () => {
      const r = await call('integration.history.progress', { exportId: s.exportId });
      if (r.ok) void apply(r.value);
    }, 1000);
    return () => clearInterval(timer);
  }, [running, apply]);

  const start = async (request: HistoryExportRequest) => {
    setView({ phase: 'starting', written: 0, total: 0, message: null });
    const r = await call('integration.history.export', request);
    if (!r.ok) return setView({ phase: 'failed', written: 0, total: 0, message: r.error.message });
    if (!r.value.started)
      return setView({ phase: 'idle', written: 0, total: 0, message: 'Nenhum arquivo foi salvo.' });
    current.current = r.value;
    settled.current = false;
    setView({ phase: 'running', written: 0, total: 0, message: null });
  };

  const cancel = async () => {
    const s = current.current;
    if (!s) return;
    const r = await call('integration.history.cancel', { exportId: s.exportId });
    if (r.ok) await apply(r.value);
    else setView((v) => ({ ...v, message: r.error.message }));
  };

  return { view, start, cancel };
}
