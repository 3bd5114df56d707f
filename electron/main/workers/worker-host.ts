/**
 * Runs heavy jobs on a Node worker thread, so the main thread keeps answering every window's
 * calls. worker_threads rather than Electron's utilityProcess: the same code runs in Electron,
 * the web shell, the tests and the bench (utilityProcess exists only inside Electron), a worker
 * starts in milliseconds, and better-sqlite3 opens its own connection on the same WAL file
 * there. The worker gets its input by structured clone, reports progress (relayed as
 * `job.progress` events on the core's bus), may call back into the main thread (network port,
 * breaker), stops at its next page/batch on cancel, and a worker that dies rejects with a
 * pt-BR AppFailure the run log shows.
 */
import type { WorkerHint } from '../../../shared/ipc/messages/app.messages';
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppFailure } from '../../../shared/ipc/result';
import type { Core } from '../core-types';
import { log } from '../log';
import type { TaskInput, TaskName, TaskOutput } from './tasks';
import { fromWire, toWire } from './worker-errors';
import { Transferred, type FromWorker, type ToWorker, type WorkerStart } from './worker-protocol';

export interface WorkerTaskOptions {
  /** pt-BR name of the job, for progress events and the error of a dead worker. */
  label: string;
  /** pt-BR sentence after "parou inesperadamente": what the user keeps and what to do. */
  diedHint: WorkerHint;
  runId?: number | null;
  signal?: AbortSignal;
  onProgress?: (payload: unknown) => void;
  /** Answers the worker's calls into the main thread (an answer may move its bytes: `withTransfer`). */
  serve?: (payload: unknown) => Promise<unknown>;
}

export interface RunningWorker {
  task: TaskName;
  runId: number | null;
  /** The thread's id (tests kill it with terminate). */
  worker: Worker;
  done: Promise<unknown>;
}

/**
 * The worker script: the bundle (out/main/index.js) has the built job-worker.js next to it;
 * the demo core (tests, bench, dev entries) passes one it built from the sources. A core run
 * from the sources without one has no worker and runs its jobs inline, as before.
 */
function workerEntry(core: Core): string | null {
  if (core.options.jobWorkerEntry)
    return fs.existsSync(core.options.jobWorkerEntry) ? core.options.jobWorkerEntry : null;
  // Built, this module may land in out/main/chunks/ (a chunk it shares with a lazily loaded
  // service) while the entry is always out/main/job-worker.js, beside index.js.
  const built = [path.join(__dirname, 'job-worker.js'), path.join(__dirname, '..', 'job-worker.js')];
  return built.find((entry) => fs.existsSync(entry)) ?? null;
}

/** A worker cannot share an in-memory database: such a core (or one without a worker entry) runs jobs inline. */
export const canRunInWorker = (core: Core): boolean =>
  core.databasePath !== ':memory:' && core.databasePath !== '' && workerEntry(core) !== null;

export function runInWorker<K extends TaskName>(
  core: Core,
  task: K,
  input: TaskInput<K>,
  opts: WorkerTaskOptions,
): Promise<TaskOutput<K>> {
  let worker: Worker;
  try {
    const start: WorkerStart = { task, input };
    worker = new Worker(workerEntry(core) ?? 'job-worker.js', { workerData: start });
  } catch (e) {
    return Promise.reject(
      new AppFailure('jobs.workerStartFailed', { label: opts.label, reason: (e as Error).message }),
    );
  }
  const runId = opts.runId ?? null;
  const emit = (
    state: 'running' | 'done' | 'failed' | 'cancelled',
    progress: unknown,
    message: string | null,
  ) => core.events.emit('job.progress', { task, label: opts.label, runId, state, progress, message });
  const send = (m: ToWorker, transfer: ArrayBuffer[] = []) => worker.postMessage(m, transfer);
  const cancel = () => send({ type: 'cancel' });
  opts.signal?.addEventListener('abort', cancel, { once: true });
  let outcome: { ok: true; value: unknown } | { ok: false; error: Error } | null = null;
  // Errors this thread raised answering the worker: a task that fails with one fails with it.
  const raised = new Map<number, Error>();
  const done = new Promise<TaskOutput<K>>((resolve, reject) => {
    worker.on('message', (m: FromWorker) => {
      if (m.type === 'progress') {
        opts.onProgress?.(m.payload);
        emit('running', m.payload, null);
      } else if (m.type === 'done') outcome = { ok: true, value: m.result };
      else if (m.type === 'failed')
        outcome = { ok: false, error: (m.error.ref && raised.get(m.error.ref)) || fromWire(m.error) };
      else if (m.type === 'call') {
        const serve =
          opts.serve ?? (() => Promise.reject(new Error('worker call without a main-thread handler')));
        serve(m.payload).then(
          (answer) =>
            answer instanceof Transferred
              ? send({ type: 'reply', id: m.id, ok: true, value: answer.value }, answer.transfer)
              : send({ type: 'reply', id: m.id, ok: true, value: answer }),
          (e: unknown) => {
            if (e instanceof Error) raised.set(m.id, e);
            send({ type: 'reply', id: m.id, ok: false, error: { ...toWire(e), ref: m.id } });
          },
        );
      }
    });
    // An exception thrown outside the task's promise (e.g. a module that fails to load).
    worker.on('error', (e) => {
      log.error(`worker ${task} failed`, e);
      outcome ??= {
        ok: false,
        error: new AppFailure('jobs.workerDied', { label: opts.label, exitCode: 1, hint: opts.diedHint }),
      };
    });
    worker.on('exit', (exitCode) => {
      opts.signal?.removeEventListener('abort', cancel);
      core.state.jobWorkers.delete(running);
      const settled = outcome as typeof outcome;
      if (settled?.ok) {
        emit('done', null, null);
        return resolve(settled.value as TaskOutput<K>);
      }
      const error =
        settled?.error ??
        new AppFailure('jobs.workerDied', { label: opts.label, exitCode, hint: opts.diedHint });
      emit(
        error instanceof AppFailure && error.code === 'CANCELLED' ? 'cancelled' : 'failed',
        null,
        error.message,
      );
      reject(error);
    });
  });
  const running: RunningWorker = { task, runId, worker, done };
  done.catch(() => {});
  core.state.jobWorkers.add(running);
  return done;
}
