/**
 * Kill -9 the sender at 10%, 50% and 90% of a 200,000-title full load, each time while a batch
 * is in flight (the bureau stores it, the answer never reaches the console), and start it
 * again: the bureau ends with exactly what the console recorded, and only the in-flight
 * batches were sent twice, with the same loteId and content.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoCore } from '../../tools/demo/demo-core';
import { openDatabase } from '../../electron/main/db/connection';
import { loadMigrations } from '../../electron/main/db/migrate';
import { databaseFile, migrationsDir } from '../../electron/main/db/paths';
import { startBureauSimulator, type BureauSimulatorHandle } from '../../tools/simulators/bureau/server';
import { bulkTitles, clientCodes, localTotals, simulatorTotals, writeTitles } from './receivables-fixture';

const TITLES = 200_000;
const LATENCY_MS = 400;
let sim: BureauSimulatorHandle;
let dataDir: string;
let caFile: string;

beforeAll(async () => {
  sim = await startBureauSimulator();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'central-crash-'));
  caFile = path.join(dataDir, 'bureau-ca.pem');
  fs.writeFileSync(caFile, sim.caPem);
  const core = await createDemoCore({ dataDir, demo: true, transport: 'web', demoClientCount: 500 });
  writeTitles(core.db, bulkTitles(clientCodes(core.db, 500), TITLES, '2026-11-20'));
  core.close();
}, 120_000);
afterAll(async () => {
  await sim.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const lotePosts = () => sim.requests().filter((r) => r.path === '/api/v3/contas-receber/lotes');

/** Runs the sender; with `killAt`, SIGKILLs it while the batch after that fraction is in flight. */
function runSender(killAt: number | null): Promise<'done' | 'killed'> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/main/receivables-crash.child.ts'], {
    env: {
      ...process.env,
      CENTRAL_DATA_DIR: dataDir,
      BUREAU_URL: sim.url,
      BUREAU_CA_FILE: caFile,
      CENTRAL_QUIET: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  return new Promise((resolve, reject) => {
    let armed = false;
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      const m = /^progress (\d+) (\d+)$/.exec(line);
      if (!m || killAt === null || armed || Number(m[1]) < killAt * Number(m[2])) return;
      armed = true;
      const posted = lotePosts().length;
      sim.setFault({ kind: 'latency', ms: LATENCY_MS });
      const watch = setInterval(() => {
        if (lotePosts().length > posted) {
          clearInterval(watch);
          child.kill('SIGKILL');
        }
      }, 2);
    });
    child.once('exit', (code, signal) => {
      if (signal === 'SIGKILL') {
        // Let the bureau finish storing the batch whose answer nobody will read.
        setTimeout(() => {
          sim.setFault(null);
          resolve('killed');
        }, LATENCY_MS + 200);
      } else if (code === 0) resolve('done');
      else reject(new Error(`sender exited with ${code}: ${stderr}`));
    });
  });
}

describe('crash recovery of a 200,000-title full load', () => {
  it('killed at 10%, 50% and 90%, restarted: the bureau holds exactly the local state, nothing lost or doubled', async () => {
    for (const fraction of [0.1, 0.5, 0.9]) expect(await runSender(fraction)).toBe('killed');
    expect(await runSender(null)).toBe('done');

    const db = openDatabase(databaseFile(dataDir), { migrations: loadMigrations(migrationsDir()) });
    try {
      const local = localTotals(db);
      // 200,000 entries, a payment for two titles in three.
      expect(local.total).toBe(TITLES + Math.ceil(TITLES / 3) + Math.ceil((TITLES - 1) / 3));
      expect(simulatorTotals(sim)).toEqual(local);
      const full = db
        .prepare("SELECT rows, amount_cents, status FROM receivables_exports WHERE kind = 'full'")
        .get();
      expect(full).toEqual({ rows: local.total, amount_cents: local.amountCents, status: 'done' });
    } finally {
      db.close();
    }
    const ids = lotePosts().map((r) => (r.body as { loteId: string }).loteId);
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(repeated).toHaveLength(3);
    for (const id of repeated) {
      const bodies = lotePosts().filter((r) => (r.body as { loteId: string }).loteId === id);
      expect(JSON.stringify(bodies[1]?.body)).toBe(JSON.stringify(bodies[0]?.body));
    }
    expect(new Set(sim.receivables().batches.map((b) => b.loteId)).size).toBe(new Set(ids).size);
  }, 180_000);
});
