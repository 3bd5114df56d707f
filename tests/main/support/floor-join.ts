/**
 * Floor-join test helpers: a demo seat with the FloorController's delays shrunk, and a wait for
 * its state. A server that goes down and comes back is `startEmbeddedPostgres({ persistent: true })`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '../../../electron/main/core-types';
import type { MachinePolicy } from '../../../electron/main/policy/machine-policy';
import type { FloorState } from '../../../shared/ipc/dto/floor';
import { startEmbeddedPostgres, type TestPostgres } from '../../../tools/floor/embedded-postgres';
import { createTestCore, type TestCore } from './test-core';

export const FLOOR_TEST_PASSWORD = 'senha-do-banco-central';

/** A real PostgreSQL that can be paused and resumed on the same port and data. */
export function startRestartablePostgres(): Promise<TestPostgres> {
  return startEmbeddedPostgres({ persistent: true, password: FLOOR_TEST_PASSWORD });
}

/**
 * A demo seat (data folder of its own, kept on close so the seat can start again) with the
 * FloorController's delays shrunk for tests.
 */
export function createFloorSeat(
  opts: { dataDir?: string; policy?: MachinePolicy; clients?: number; heartbeatMs?: number } = {},
): Promise<TestCore> {
  return createTestCore({
    dataDir: opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'central-seat-')),
    clients: opts.clients ?? 30,
    options: {
      policy: opts.policy ?? { file: null, found: false, values: {}, problems: [] },
      floorTuning: {
        heartbeatMs: opts.heartbeatMs ?? 150,
        reconnectMinMs: 100,
        reconnectMaxMs: 300,
        checkTimeoutMs: 1_500,
      },
    },
  });
}

/** Resolves when the seat's controller reports `state` (or rejects after `ms`). */
export function waitForFloorState(core: Core, state: FloorState, ms = 10_000): Promise<void> {
  if (core.floorController.status().state === state) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`estado ${state} não chegou; está ${core.floorController.status().state}`));
    }, ms);
    const off = core.events.subscribe((event, payload) => {
      if (event === 'floor.status' && (payload as { state: FloorState }).state === state) {
        clearTimeout(timer);
        off();
        resolve();
      }
    });
  });
}
