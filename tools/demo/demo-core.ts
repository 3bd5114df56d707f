import { createCore } from '../../electron/main/core';
import type { Core, CoreOptions } from '../../electron/main/core-types';
import { setSetting } from '../../electron/main/db/repos/settings.repo';
import { hasAnyClient } from '../../electron/main/db/repos/clients.repo';
import { hasAnyUser } from '../../electron/main/db/repos/users.repo';
import { log } from '../../electron/main/log';
import { DEFAULT_DEMO_CLIENTS, seedDemoClients } from '../../db/seed/seed-db';
import { seedDemoUsers } from '../../db/seed/demo-users';
import { jobWorkerEntry } from './job-worker-build';
import { adoptActivitiesByOwnerName } from '../../electron/main/db/repos/agent-home.repo';
import { seedDemoAbcAndConsent } from './demo-abc-consent';

export interface DemoCoreOptions extends Omit<CoreOptions, 'prepare'> {
  /** false: behave exactly like a production start (no seeding), as with CENTRAL_DEMO=0. */
  demo?: boolean;
  demoClientCount?: number;
}

/** A brand-new demo database gets demo clients and demo users; one with any row is left alone. */
async function seedIfEmpty(core: Core, count: number): Promise<void> {
  if (hasAnyClient(core.db) || hasAnyUser(core.db)) return;
  log.info(`banco novo: gerando ${count} clientes de demonstração`);
  seedDemoClients(core.db, { count });
  await seedDemoUsers(core.db, core.now().toISOString());
  // The generated activities name their owner; Ana's become hers, so her Meu dia has a day in it.
  adoptActivitiesByOwnerName(core.db);
  seedDemoAbcAndConsent(core.db, core.now());
  setSetting(core.db, 'is_demo', '1');
}

/** The core the dev-only entries, tests and bench use: the production core plus demo seeding. */
export function createDemoCore(options: DemoCoreOptions): Promise<Core> {
  const { demo = true, demoClientCount, ...rest } = options;
  const coreOptions = { ...rest, jobWorkerEntry: rest.jobWorkerEntry ?? jobWorkerEntry() };
  if (!demo) return createCore(coreOptions);
  return createCore({
    ...coreOptions,
    prepare: (core) => seedIfEmpty(core, demoClientCount ?? DEFAULT_DEMO_CLIENTS),
  });
}

/** Environment switches shared by the Electron and web demo entries. */
export function demoOptionsFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): Pick<DemoCoreOptions, 'demo' | 'demoClientCount' | 'tuning'> {
  const halfOpenAfterMs = Number(env.CENTRAL_DEMO_ERP_HALF_OPEN_MS);
  const leaseMs = Number(env.CENTRAL_DEMO_JOB_LEASE_MS);
  const batchSize = Number(env.CENTRAL_DEMO_RECEIVABLES_BATCH);
  const tuning: NonNullable<DemoCoreOptions['tuning']> = {
    // The e2e specs share one shell: an ERP fault of one test must not keep the circuit open for the next.
    ...(halfOpenAfterMs > 0 ? { erpBreaker: { halfOpenAfterMs } } : {}),
    // The two-console e2e: a dead seat's job lease expires within the test, not after a minute.
    ...(leaseMs > 0 ? { jobLeases: shortLeases(leaseMs) } : {}),
    ...(batchSize > 0 ? { receivables: { batchSize } } : {}),
  };
  return {
    demo: env.CENTRAL_DEMO !== '0',
    demoClientCount: env.CENTRAL_DEMO_CLIENTS ? Number(env.CENTRAL_DEMO_CLIENTS) : undefined,
    tuning: Object.keys(tuning).length > 0 ? tuning : undefined,
  };
}

/** A job lease of `leaseMs`, renewed four times per period, with standby polls to match. */
function shortLeases(leaseMs: number) {
  return {
    leaseMs,
    renewEveryMs: Math.max(50, Math.round(leaseMs / 4)),
    pollMs: Math.max(50, Math.round(leaseMs / 10)),
    preferenceGraceMs: leaseMs,
    standbyMaxMs: Math.max(60_000, leaseMs * 20),
  };
}
