/**
 * Histórico → Download: asks where to save, writes the workbook on a job worker thread with a
 * read-only connection of its own, reports progress as events and can be cancelled (the
 * partial file is removed). In the web shell the finished file is fetched in chunks.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { todayInSaoPaulo } from '../../../../../shared/domain/dates';
import { dateRangeProblem } from '../../../../../shared/domain/date-range';
import type {
  HistoryExportChunk,
  HistoryExportProgress,
  HistoryExportRequest,
  HistoryExportStart,
  HistoryExportState,
} from '../../../../../shared/ipc/dto/integration';
import { AppFailure } from '../../../../../shared/ipc/result';
import type { Core } from '../../../core-types';
import { log } from '../../../log';
import type { ExportTarget } from './export-destination';
import { canRunInWorker, runInWorker } from '../../../workers/worker-host';
import { writeHistoryFile, type HistoryFileInput } from './history-file';

export const HISTORY_EXPORT_LABEL = 'Exportação do histórico de integração';

const CHUNK_BYTES = 2 * 1024 * 1024;
const PROGRESS_EVERY_MS = 150;

export interface HistoryExportJob {
  id: string;
  sessionKey: string;
  target: ExportTarget;
  state: HistoryExportState;
  written: number;
  total: number;
  message: string | null;
  size: number;
  abort: AbortController;
  done: Promise<void>;
  lastEmit: number;
}

const jobsOf = (core: Core): Map<string, HistoryExportJob> => core.state.historyExports;

const view = (j: HistoryExportJob): HistoryExportProgress => ({
  exportId: j.id,
  state: j.state,
  written: j.written,
  total: j.total,
  message: j.message,
});

function emit(core: Core, job: HistoryExportJob, force = false): void {
  const now = Date.now();
  if (!force && now - job.lastEmit < PROGRESS_EVERY_MS) return;
  job.lastEmit = now;
  core.events.emit('integration.export.progress', view(job), { sessionKey: job.sessionKey });
}

/** Only the window that started an export may follow, cancel or fetch it. */
function ownJob(core: Core, sessionKey: string, exportId: string): HistoryExportJob {
  const job = jobsOf(core).get(exportId);
  if (!job || job.sessionKey !== sessionKey) throw new AppFailure('export.gone');
  return job;
}

const partialPath = (t: ExportTarget): string => (t.delivery === 'saved' ? `${t.path}.parcial` : t.path);

/** The workbook is built on a job worker (exceljs is CPU-heavy); inline for an in-memory core. */
function writeWorkbookFile(core: Core, job: HistoryExportJob, input: HistoryFileInput) {
  const onProgress = (written: number, total: number) => {
    job.written = written;
    job.total = total;
    emit(core, job);
  };
  if (!canRunInWorker(core)) return writeHistoryFile(input, { signal: job.abort.signal, onProgress });
  return runInWorker(core, 'history-export', input, {
    label: HISTORY_EXPORT_LABEL,
    diedHint: 'exportLost',
    signal: job.abort.signal,
    onProgress: (p) => onProgress(...(p as [number, number])),
  });
}

async function writeFile(core: Core, job: HistoryExportJob, request: HistoryExportRequest): Promise<void> {
  const part = partialPath(job.target);
  try {
    const { writeError } = await writeWorkbookFile(core, job, {
      databasePath: core.databasePath,
      range: { from: request.from, to: request.to },
      tables: request.tables,
      path: part,
      // A download waits in the data folder, which is owner-only; so is the file.
      mode: job.target.delivery === 'download' ? 0o600 : null,
      generatedAt: core.now().toISOString(),
    });
    if (writeError) {
      fs.rmSync(part, { force: true });
      job.state = 'failed';
      job.message = `Não foi possível gravar o arquivo: ${writeError}`;
      return;
    }
    if (job.abort.signal.aborted) throw new AppFailure('export.cancelled');
    if (part !== job.target.path) fs.renameSync(part, job.target.path);
    job.size = fs.statSync(job.target.path).size;
    job.state = 'done';
  } catch (e) {
    fs.rmSync(part, { force: true });
    if (job.abort.signal.aborted) {
      job.state = 'cancelled';
    } else {
      log.error('history export failed', e);
      job.state = 'failed';
      job.message =
        e instanceof AppFailure ? e.message : 'Erro inesperado ao gerar o arquivo; nada foi salvo.';
    }
  } finally {
    emit(core, job, true);
  }
}

const fileNameFor = (r: HistoryExportRequest): string => `historico-integracao-${r.from}-a-${r.to}.xlsx`;

export async function startHistoryExport(
  core: Core,
  sessionKey: string,
  request: HistoryExportRequest,
): Promise<HistoryExportStart> {
  const problem = dateRangeProblem(request, todayInSaoPaulo(core.now()));
  if (problem) throw new AppFailure('input.invalid', { reasons: [problem] });
  const jobs = jobsOf(core);
  for (const j of jobs.values()) {
    if (j.sessionKey !== sessionKey) continue;
    if (j.state === 'running') throw new AppFailure('export.inProgress');
    // A finished download nobody fetched: its temporary file goes before a new one is written.
    if (j.target.delivery === 'download') fs.rmSync(j.target.path, { force: true });
    jobs.delete(j.id);
  }
  const target = await core.exportDestination.choose(fileNameFor(request), sessionKey);
  if (!target) return { started: false };
  const job: HistoryExportJob = {
    id: crypto.randomBytes(12).toString('base64url'),
    sessionKey,
    target,
    state: 'running',
    written: 0,
    total: 0,
    message: null,
    size: 0,
    abort: new AbortController(),
    done: Promise.resolve(),
    lastEmit: 0,
  };
  jobs.set(job.id, job);
  job.done = writeFile(core, job, request);
  return {
    started: true,
    exportId: job.id,
    fileName:
      target.delivery === 'saved' ? (target.path.split(/[\\/]/).pop() as string) : fileNameFor(request),
    delivery: target.delivery,
    savedTo: target.delivery === 'saved' ? target.path : null,
  };
}

export const historyExportProgress = (
  core: Core,
  sessionKey: string,
  exportId: string,
): HistoryExportProgress => view(ownJob(core, sessionKey, exportId));

/** Stops the export and waits until its partial file is gone. */
export async function cancelHistoryExport(
  core: Core,
  sessionKey: string,
  exportId: string,
): Promise<HistoryExportProgress> {
  const job = ownJob(core, sessionKey, exportId);
  if (job.state === 'running') {
    job.abort.abort();
    await job.done;
  }
  return view(job);
}

/** The finished file of a web-shell export, CHUNK_BYTES at a time; the last read removes it. */
export function historyExportChunk(
  core: Core,
  sessionKey: string,
  exportId: string,
  offset: number,
): HistoryExportChunk {
  const job = ownJob(core, sessionKey, exportId);
  if (job.state !== 'done' || job.target.delivery !== 'download') throw new AppFailure('export.notReady');
  const length = Math.max(0, Math.min(CHUNK_BYTES, job.size - offset));
  const buffer = Buffer.alloc(length);
  const fd = fs.openSync(job.target.path, 'r');
  try {
    fs.readSync(fd, buffer, 0, length, offset);
  } finally {
    fs.closeSync(fd);
  }
  const end = offset + length >= job.size;
  if (end) {
    fs.rmSync(job.target.path, { force: true });
    jobsOf(core).delete(job.id);
  }
  return { base64: buffer.toString('base64'), nextOffset: end ? null : offset + length, size: job.size };
}

/** For tests and shutdown: waits for every export of this core to settle. */
export async function settleHistoryExports(core: Core): Promise<void> {
  await Promise.all([...jobsOf(core).values()].map((j) => j.done));
}
