import { expect } from 'vitest';
import type { BureauProduct } from '../../shared/ipc/dto/bureau';
import { getBureauConfig, saveBureauConfig } from '../../electron/main/db/repos/bureau-settings.repo';
import { startBureauSimulator, type BureauSimulatorHandle } from '../../tools/simulators/bureau/server';
import { DEFAULT_EMAIL, DEFAULT_PASSWORD } from '../../tools/simulators/bureau/fixtures';
import { createTestCore, type TestCore, type TestCoreOptions } from './support/test-core';

export interface BureauFixture {
  sim: BureauSimulatorHandle;
  t: TestCore;
  admin: string;
  agent: string;
  products: BureauProduct[];
  /** First demo client (Maximino Santin, CNPJ) and the first person (CPF). */
  pj: { id: number; document: string; limit: number };
  pf: { id: number; document: string; limit: number };
  /** Requests of the Deps query endpoint the simulator received. */
  queryRequests(): number;
  setTimeoutMs(ms: number): void;
  close(): Promise<void>;
}

/** A real core with demo data whose Configurações → Bureau de crédito points at a fresh simulator. */
export async function bureauFixture(
  opts: { password?: string; clients?: number; options?: TestCoreOptions } = {},
): Promise<BureauFixture> {
  const password = opts.password ?? DEFAULT_PASSWORD;
  const t = await createTestCore({ clients: opts.clients ?? 40, options: opts.options });
  // The bureau answers under the names the clients have, as the real one does.
  const sim = await startBureauSimulator({
    password,
    subjects: (documento) => {
      const row = t.core.db
        .prepare('SELECT legal_name, trade_name FROM clients WHERE document = ? LIMIT 1')
        .get(documento) as { legal_name: string; trade_name: string | null } | undefined;
      return row ? { nome: row.legal_name, nomeFantasia: row.trade_name } : undefined;
    },
  });
  const admin = await t.loginAs('admin');
  const agent = await t.loginAs('ana');
  const connection = { url: sim.url, email: DEFAULT_EMAIL, password, caPem: sim.caPem, spkiPin: null };
  const fetched = await t.call(admin, 'bureau.settings.fetchProducts', connection);
  if (!fetched.ok) throw new Error(fetched.error.message);
  const saved = await t.call(admin, 'bureau.settings.save', {
    ...connection,
    products: fetched.value,
    defaultProductF: 'A1B2C3D4',
    defaultProductJ: 'B2C3D4E5',
    receivablesDailySync: false,
  });
  expect(saved.ok).toBe(true);
  const client = (type: 'F' | 'J') =>
    t.core.db
      .prepare(
        'SELECT id, document, credit_limit_cents AS "limit" FROM clients WHERE person_type = ? ORDER BY id LIMIT 1',
      )
      .get(type) as { id: number; document: string; limit: number };
  return {
    sim,
    t,
    admin,
    agent,
    products: fetched.value,
    pj: client('J'),
    pf: client('F'),
    queryRequests: () => sim.requests().filter((r) => r.path.endsWith('/consultas/depsmix')).length,
    setTimeoutMs: (ms) => saveBureauConfig(t.core.db, { ...getBureauConfig(t.core.db), timeoutMs: ms }),
    close: async () => {
      t.close();
      await sim.stop();
    },
  };
}

let n = 0;
/** A fresh idempotency key, as the renderer makes one per confirmation dialog. */
export const newKey = (): string => `teste-${Date.now()}-${++n}-abcdefgh`;
