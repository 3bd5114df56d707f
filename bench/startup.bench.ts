/**
 * Production start on an empty data folder, to "setup ready": the production core (no demo hook)
 * opens and migrates a new database, the registry is built and auth.status reports the first-run
 * setup. Baseline: the bare database open with the same migrations on a new file. Each sample
 * uses a new folder; modules are already loaded (process start itself is not measured).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../electron/main/core';
import { openDatabase } from '../electron/main/db/connection';
import { loadMigrations } from '../electron/main/db/migrate';
import { databaseFile, migrationsDir } from '../electron/main/db/paths';
import { handlers } from '../electron/main/ipc/handlers';
import { createRegistry } from '../electron/main/ipc/registry';
import { line, percentile, type BenchLine } from './support';

const ROUNDS = Number(process.env.BENCH_STARTUP_ROUNDS ?? 15);

async function timeOnce(fn: (dir: string) => Promise<void> | void): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'central-bench-start-'));
  try {
    const t0 = process.hrtime.bigint();
    await fn(dir);
    return Number(process.hrtime.bigint() - t0) / 1e6;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<BenchLine[]> {
  const bareOpen = (dir: string) => {
    openDatabase(databaseFile(dir), { migrations: loadMigrations(migrationsDir()) }).close();
  };
  const productionStart = async (dir: string) => {
    const core = await createCore({ dataDir: dir, transport: 'web' });
    try {
      const r = await createRegistry(core, handlers).invoke('auth.status', {}, { sessionKey: 'bench' });
      if (!r.ok || !(r.value as { needsSetup: boolean }).needsSetup)
        throw new Error('setup não ficou pronto');
    } finally {
      core.close();
    }
  };
  const bare: number[] = [];
  const production: number[] = [];
  // Interleaved, so disk and CPU noise fall on both; round 0 warms caches and is not counted.
  for (let i = 0; i <= ROUNDS; i++) {
    const b = await timeOnce(bareOpen);
    const p = await timeOnce(productionStart);
    if (i === 0) continue;
    bare.push(b);
    production.push(p);
  }
  return [line('startup_production_empty_ms', percentile(production, 50), 'ms', percentile(bare, 50))];
}
