/**
 * Two seats of one call center on one real PostgreSQL, both pointing at one bureau simulator
 * (so its billed-request count is the company's bill).
 */
import type { BureauProduct } from '../../../shared/ipc/dto/bureau';
import type { FloorJoin } from '../../../electron/main/floor/floor-link';
import { startBureauSimulator, type BureauSimulatorHandle } from '../../../tools/simulators/bureau/server';
import { DEFAULT_EMAIL, DEFAULT_PASSWORD } from '../../../tools/simulators/bureau/fixtures';
import type { TestPostgres } from '../../../tools/floor/embedded-postgres';
import { createTestCore, type TestCore } from './test-core';

export const ACME = { id: '11222333000181', name: 'Acme Atendimento Ltda' };

export interface LedgerSeat {
  t: TestCore;
  agent: string;
}

export interface LedgerFloor {
  sim: BureauSimulatorHandle;
  database: string;
  seats: [LedgerSeat, LedgerSeat];
  /** The first demo company client (same document on both seats). */
  pj: { id: number; document: string };
  close(): Promise<void>;
}

async function configuredSeat(
  floor: FloorJoin,
  sim: BureauSimulatorHandle,
  agentLogin: string,
): Promise<LedgerSeat> {
  const t = await createTestCore({ clients: 40, options: { floor } });
  const admin = await t.loginAs('admin');
  const agent = await t.loginAs(agentLogin);
  const connection = {
    url: sim.url,
    email: DEFAULT_EMAIL,
    password: DEFAULT_PASSWORD,
    caPem: sim.caPem,
    spkiPin: null,
  };
  const fetched = await t.call(admin, 'bureau.settings.fetchProducts', connection);
  if (!fetched.ok) throw new Error(fetched.error.message);
  const saved = await t.call(admin, 'bureau.settings.save', {
    ...connection,
    products: fetched.value as BureauProduct[],
    defaultProductF: 'A1B2C3D4',
    defaultProductJ: 'B2C3D4E5',
    receivablesDailySync: false,
  });
  if (!saved.ok) throw new Error(saved.error.message);
  return { t, agent };
}

export async function ledgerFloor(server: TestPostgres): Promise<LedgerFloor> {
  const connection = await server.createDatabase();
  const floor: FloorJoin = { connection, company: ACME };
  const sim = await startBureauSimulator({ password: DEFAULT_PASSWORD });
  const a = await configuredSeat(floor, sim, 'ana');
  const b = await configuredSeat(floor, sim, 'admin');
  const pj = a.t.core.db
    .prepare("SELECT id, document FROM clients WHERE person_type = 'J' ORDER BY id LIMIT 1")
    .get() as { id: number; document: string };
  return {
    sim,
    database: connection.database,
    seats: [a, b],
    pj,
    close: async () => {
      for (const s of [a, b]) {
        await s.t.core.floor.close();
        s.t.close();
      }
      await sim.stop();
    },
  };
}
