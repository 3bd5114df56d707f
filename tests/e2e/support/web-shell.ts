import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface RunningShell {
  url: string;
  dataDir: string;
  output: () => string;
  stop(): Promise<void>;
  /** SIGKILL: the machine goes off mid-whatever (no shutdown, no lease released). */
  kill(): Promise<void>;
}

/**
 * Starts `tools/demo/web-main.ts` (what `npm run web` serves) on a free port and a data
 * folder of its own, and waits for its "listening on" line. `entry` 'production' starts the
 * production shell (`electron/main/web/main.ts`, no demo code) instead.
 */
export async function startShell(
  env: Record<string, string> = {},
  dataDir?: string,
  entry: 'demo' | 'production' = 'demo',
): Promise<RunningShell> {
  const dir = dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'central-e2e-'));
  const script = entry === 'demo' ? 'tools/demo/web-main.ts' : 'electron/main/web/main.ts';
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', script], {
    env: {
      ...process.env,
      PORT: '0',
      CENTRAL_DATA_DIR: dir,
      CENTRAL_QUIET: '1',
      CENTRAL_DEMO_ERP_HALF_OPEN_MS: '500',
      ...(process.env.CENTRAL_WEB_OUT ? { CENTRAL_WEB_DIR: process.env.CENTRAL_WEB_OUT } : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web shell did not start:\n${out}`)), 60_000);
    const onData = (b: Buffer) => {
      out += b.toString();
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1] as string);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`web shell exited with ${code}:\n${out}`)));
  });
  return {
    url,
    dataDir: dir,
    output: () => out,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
    kill: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}
