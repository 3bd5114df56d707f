/**
 * Entry of every job worker thread (built to out/main/job-worker.js): runs the task named in
 * workerData and talks to the main thread through worker-runtime.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { TASKS, type TaskName } from './tasks';
import type { WorkerStart } from './worker-protocol';
import { serveTask } from './worker-runtime';

const start = workerData as WorkerStart;
const task = TASKS[start.task as TaskName];
if (!parentPort || !task) throw new Error(`tarefa desconhecida: ${start.task}`);
serveTask(parentPort, task, start.input);
