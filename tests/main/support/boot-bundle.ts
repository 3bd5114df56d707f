import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface BootMessage {
  type: string;
  [key: string]: unknown;
}

export interface BootedApp {
  messages: BootMessage[];
  output: () => string;
  waitFor(predicate: (m: BootMessage) => boolean, timeoutMs?: number): Promise<BootMessage>;
  invoke(channel: string, input: unknown): Promise<unknown>;
  /** A URL of the app's scheme, answered by the handler the app registered with protocol.handle. */
  fetchApp(url: string): Promise<{ status: number; headers: Record<string, string>; body: string }>;
  /** What Windows does when the console is started again (a central:// link, --numero): the lock hands argv over. */
  secondInstance(argv: string[]): void;
  quit(): Promise<number | null>;
  kill(): void;
}

const repo = path.resolve(__dirname, '../../..');

/**
 * Runs a built out/main/index.js (in a folder outside the repo) in plain Node, with
 * tests/main/support/fake-electron standing in for `electron`: linked as node_modules/electron
 * beside the build so import() finds it, and first on NODE_PATH for the packages' own require()
 * (electron-updater); the other packages come from the repo's node_modules through NODE_PATH. `undefined` in env removes a variable.
 */
export function bootBundle(
  mainFile: string,
  env: Record<string, string | undefined>,
  args: string[] = [],
): BootedApp {
  const modules = path.join(path.dirname(mainFile), '..', '..', 'node_modules');
  fs.mkdirSync(modules, { recursive: true });
  const link = path.join(modules, 'electron');
  if (!fs.existsSync(link))
    fs.symlinkSync(path.join(__dirname, 'fake-electron', 'electron'), link, 'junction');
  const nodePath = [path.join(__dirname, 'fake-electron'), path.join(repo, 'node_modules')].join(
    path.delimiter,
  );
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NODE_PATH: nodePath, ...env };
  for (const [k, v] of Object.entries(childEnv)) if (v === undefined) delete childEnv[k];
  const child: ChildProcess = fork(mainFile, args, {
    cwd: repo,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let out = '';
  child.stdout?.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (out += b.toString()));
  const messages: BootMessage[] = [];
  const waiters: { predicate: (m: BootMessage) => boolean; resolve: (m: BootMessage) => void }[] = [];
  child.on('message', (m: BootMessage) => {
    messages.push(m);
    for (const w of waiters.slice()) {
      if (w.predicate(m)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(m);
      }
    }
  });
  const waitFor = (predicate: (m: BootMessage) => boolean, timeoutMs = 30_000) => {
    const seen = messages.find(predicate);
    if (seen) return Promise.resolve(seen);
    return new Promise<BootMessage>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(`o app não respondeu a tempo:\n${out}\n${JSON.stringify(messages).slice(0, 2000)}`),
          ),
        timeoutMs,
      );
      waiters.push({
        predicate,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m);
        },
      });
    });
  };
  let nextId = 1;
  return {
    messages,
    output: () => out,
    waitFor,
    async invoke(channel, input) {
      const id = nextId++;
      child.send({ type: 'invoke', id, channel, input });
      const m = await waitFor((r) => r.type === 'result' && r.id === id);
      if (m.error) throw new Error(String(m.error));
      return m.value;
    },
    async fetchApp(url) {
      const id = nextId++;
      child.send({ type: 'fetchApp', id, url });
      const m = await waitFor((r) => r.type === 'result' && r.id === id);
      if (m.error) throw new Error(String(m.error));
      return m.value as { status: number; headers: Record<string, string>; body: string };
    },
    secondInstance(argv) {
      child.send({ type: 'secondInstance', argv });
    },
    quit() {
      return new Promise((resolve) => {
        child.once('exit', (code) => resolve(code));
        child.send({ type: 'quit' });
      });
    },
    kill: () => void child.kill('SIGKILL'),
  };
}
