/**
 * Entry of every job worker thread (built to out/main/job-worker.js): loads the task named in
 * workerData and talks to the main thread through worker-runtime.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { TASKS, type TaskName } from './tasks';
import type { WorkerStart } from './worker-protocol';
import { lowerThisThreadPriority } from './worker-priority';
import { serveTask, type Task } from './worker-runtime';

const start = workerData as WorkerStart;
const load = TASKS[start.task as TaskName] as (() => Promise<Task>) | undefined;
if (!parentPort || !load) throw new Error(`tarefa desconhecida: ${start.task}`);
const port = parentPort;
lowerThisThreadPriority();
void load().then((task) => serveTask(port, task, start.input));
