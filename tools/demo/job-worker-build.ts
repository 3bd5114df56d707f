/**
 * The job worker for cores run from the sources (tests, bench, the dev entries under tsx): the
 * production bundle has out/main/job-worker.js; here the TypeScript entry is bundled once per
 * process with esbuild (≈ 0.3 s), so a worker starts in milliseconds instead of transpiling
 * every module through tsx's hook on each start.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';

const repo = path.resolve(__dirname, '..', '..');
let built: string | null = null;

export function jobWorkerEntry(): string {
  // The demo bundle (npm start) has the built entry beside it.
  const beside = path.join(__dirname, 'job-worker.js');
  if (fs.existsSync(beside)) return beside;
  if (built) return built;
  // Inside the repo, so the externals (better-sqlite3, zod, …) resolve from its node_modules.
  const outfile = path.join(
    repo,
    'node_modules',
    '.cache',
    'central-job-worker',
    `job-worker-${process.pid}.js`,
  );
  buildSync({
    entryPoints: [path.join(repo, 'electron', 'main', 'workers', 'job-worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'error',
  });
  process.once('exit', () => fs.rmSync(outfile, { force: true }));
  built = outfile;
  return outfile;
}
