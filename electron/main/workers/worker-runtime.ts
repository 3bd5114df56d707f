/** The worker side of the protocol: what a task gets to report progress, call main and see a cancel. */
import type { MessagePort } from 'node:worker_threads';
import type { FromWorker, ToWorker } from './worker-protocol';
import { fromWire, toWire } from './worker-errors';

export interface TaskContext {
  /** Aborted by a cancel message from the main thread; the task stops at its next page or batch. */
  signal: AbortSignal;
  progress(payload: unknown): void;
  /** Asks the main thread (e.g. an HTTP exchange through the core's network port and breaker). */
  call<T>(payload: unknown): Promise<T>;
}

export type Task = (input: never, ctx: TaskContext) => Promise<unknown>;

export function serveTask(port: MessagePort, task: Task, input: unknown): void {
  const abort = new AbortController();
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  const post = (m: FromWorker) => port.postMessage(m);
  port.on('message', (m: ToWorker) => {
    if (m.type === 'cancel') return abort.abort();
    const w = waiting.get(m.id);
    if (!w) return;
    waiting.delete(m.id);
    if (m.ok) w.resolve(m.value);
    else w.reject(fromWire(m.error));
  });
  const ctx: TaskContext = {
    signal: abort.signal,
    progress: (payload) => post({ type: 'progress', payload }),
    call: <T>(payload: unknown) =>
      new Promise<T>((resolve, reject) => {
        const id = ++nextId;
        waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
        post({ type: 'call', id, payload });
      }),
  };
  (task as (input: unknown, ctx: TaskContext) => Promise<unknown>)(input, ctx)
    .then(
      (result) => post({ type: 'done', result }),
      (error: unknown) => post({ type: 'failed', error: toWire(error) }),
    )
    // Nothing else keeps the thread alive: closing the port lets it end on its own.
    .finally(() => port.close());
}
