import os from 'node:os';
import fs from 'node:fs';
import { EventEmitter } from 'node:events';
import type { EventName } from '../../shared/ipc/contract';
import { getSetting } from './db/repos/settings.repo';
import { openDatabase } from './db/connection';
import { latestSchemaVersion, loadMigrations, migrate } from './db/migrate';
import { databaseFile, migrationsDir } from './db/paths';
import type { Core, CoreOptions, EventBus, EventScope } from './core-types';
import { createSessionStore } from './services/auth/sessions';
import { loadSessionUser } from './services/auth/auth.service';
import { log } from './log';
import { createKeyfileStore } from './services/secrets/keyfile-store';
import { createUndiciHttpPort } from './gateways/http/undici-port';
import { loadMachinePolicy, type MachinePolicy } from './policy/machine-policy';
import { createBackup } from './services/database/backups';
import { healthyDatabase } from './services/database/db-health';
import type { Db } from './db/connection';
import { protectDataFolder } from './data-dir-modes';
import { createJobScheduler } from './jobs/job-registry';
import { erpGatewayFromSettings } from './services/erp/erp-config';
import { bureauClientFromSettings } from './services/credit/bureau-connection';
import { temporaryDestination } from './services/integration/history/export-destination';
import { MAX_ROWS_PER_BATCH } from './services/receivables/receivables-payload';
import { JOB_RETRY } from './services/receivables/receivables-retry';
import { createBreaker, DEFAULT_BREAKER } from './gateways/resilience';
import { ErpFailure } from './gateways/erp/erp-errors';
import type { PowerEvents } from './core-types';
import { EMBEDDED, joinFloor, type FloorJoin, type FloorLink } from './floor/floor-link';
import { NO_REPLICATOR } from './floor/replication/replicator';
import { DEFAULT_ERP_FOLLOWER, NO_ERP_FOLLOWER } from './floor/erp/erp-follower';
import { DEFAULT_FEED_PRUNE, NO_PRUNER } from './floor/replication/feed-pruning';
import { startFloorFollowers, stopFloorServices } from './floor/floor-services';
import { refreshSharedSettings } from './floor/settings/shared-settings';
import { createJobLeases, DEFAULT_JOB_LEASE } from './floor/jobs/job-leases';
import { installIdentity } from './db/repos/sync-host.repo';
import { createFloorController, DEFAULT_FLOOR_TUNING } from './floor/floor-controller';
import { openFloorLink } from './floor/floor-start';
import { savedFloorJoin } from './floor/floor-settings';
import type { SecretStore } from './services/secrets/secret-store';
import { createFloorAccounts } from './floor/accounts/floor-accounts';

const NO_POWER_EVENTS: PowerEvents = { onResume: () => () => {} };
/** The outbox was retried every 5 minutes by a bare timer before it became a scheduler job. */
const ERP_OUTBOX_EVERY_MS = 5 * 60_000;

const erpUnavailable = (retryAt: Date): ErpFailure =>
  new ErpFailure({ retryable: false }, 'erp.unavailable', { retryAt: retryAt.toISOString() });

function createEventBus(): EventBus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(50);
  return {
    emit: (event, payload, scope = {}) => void emitter.emit('event', event, payload, scope),
    subscribe: (listener) => {
      const l = (event: EventName, payload: unknown, scope: EventScope) => listener(event, payload, scope);
      emitter.on('event', l);
      return () => void emitter.off('event', l);
    },
  };
}

/** An existing database is copied (online backup API) before a migration changes its schema. */
async function openWithBackupBeforeMigration(
  databasePath: string,
  dataDir: string,
  now: () => Date,
): Promise<Db> {
  const migrations = loadMigrations(migrationsDir());
  const db = openDatabase(databasePath, { migrations, migrate: false });
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > 0 && version < latestSchemaVersion(migrations)) {
      const file = await createBackup(db, dataDir, 'antes-da-migracao', now());
      log.info(`backup antes da atualização do banco (esquema ${version}): ${file}`);
    }
    migrate(db, migrations);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/** The policy's data folder when it can be used; otherwise the default, with the reason reported. */
/** A seat that cannot join its floor does not start half-open: the local file is closed again. */
async function joinFloorOrClose(join: FloorJoin, db: Db): Promise<FloorLink> {
  try {
    return await joinFloor(join, `Central de Atendimento (${os.hostname()})`);
  } catch (e) {
    db.close();
    throw e;
  }
}

/** The policy's central database, else the one joined in Configurações; null stays embedded. */
async function configuredFloorJoin(
  policy: MachinePolicy,
  db: Db,
  secrets: SecretStore,
): Promise<FloorJoin | null> {
  if (policy.floor) return policy.floor.join;
  try {
    return await savedFloorJoin(db, secrets);
  } catch (e) {
    log.warn(`banco central salvo não pôde ser lido; modo local: ${(e as Error).message}`);
    return null;
  }
}

function dataDirFor(options: CoreOptions, policy: MachinePolicy): string {
  const preset = policy.values.dataDir;
  if (preset) {
    try {
      fs.mkdirSync(preset, { recursive: true });
      return preset;
    } catch (e) {
      policy.problems.push({
        field: 'dataDir',
        message: `Política da empresa (${policy.file}), campo "dataDir": a pasta ${preset} não pôde ser criada (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); usando ${options.dataDir}.`,
      });
    }
  }
  fs.mkdirSync(options.dataDir, { recursive: true });
  return options.dataDir;
}

/**
 * The one composition root: the database, sessions, events and every collaborator the services
 * use (ERP, bureau, scheduler, tuning, clock, secrets, power events, export destination). Throws an
 * AppFailure (DB_CORRUPT, DB_NEWER_VERSION) without touching a file it cannot trust.
 */
export async function createCore(options: CoreOptions): Promise<Core> {
  const policy = options.policy ?? loadMachinePolicy();
  for (const problem of policy.problems) log.warn(problem.message);
  const dataDir = dataDirFor(options, policy);
  const databasePath = databaseFile(dataDir);
  protectDataFolder(dataDir, databasePath);
  const now = options.now ?? (() => new Date());
  const db = await openWithBackupBeforeMigration(databasePath, dataDir, now);
  const secrets = (options.secretStore ?? createKeyfileStore)(dataDir);
  const seatName = `Central de Atendimento (${os.hostname()})`;
  const configured = options.floor ? null : await configuredFloorJoin(policy, db, secrets);
  const floor = options.floor
    ? await joinFloorOrClose(options.floor, db)
    : configured
      ? openFloorLink(configured, seatName)
      : EMBEDDED;
  const core: Core = {
    db,
    options,
    dataDir,
    databasePath,
    events: createEventBus(),
    secrets,
    http: options.httpPort ?? createUndiciHttpPort(),
    policy,
    sessions: createSessionStore((userId) => loadSessionUser(core, userId)),
    health: healthyDatabase(),
    now,
    close: () => {
      core.floorController.stop();
      // The LISTEN connection ends before the pool it was configured from.
      void stopFloorServices(core).finally(() => core.floor.close());
      core.db.close();
    },
    erpGateway: options.erpGateway ?? erpGatewayFromSettings,
    bureauClient: options.bureauClient ?? bureauClientFromSettings,
    // Replaced just below: the jobs need the finished core.
    scheduler: undefined as never,
    tuning: {
      erpClient: { ...options.tuning?.erpClient },
      erpBreaker: { ...DEFAULT_BREAKER, ...options.tuning?.erpBreaker },
      receivables: { batchSize: MAX_ROWS_PER_BATCH, retry: JOB_RETRY, ...options.tuning?.receivables },
      erpOutboxEveryMs: options.tuning?.erpOutboxEveryMs ?? ERP_OUTBOX_EVERY_MS,
      jobLeases: { ...DEFAULT_JOB_LEASE, ...options.tuning?.jobLeases },
      floorPrune: { ...DEFAULT_FEED_PRUNE, ...options.tuning?.floorPrune },
      erpFollower: { ...DEFAULT_ERP_FOLLOWER, ...options.tuning?.erpFollower },
    },
    // Replaced just below: the breaker reports to the finished event bus.
    erpBreaker: undefined as never,
    exportDestination: options.exportDestination ?? temporaryDestination(dataDir),
    power: options.powerEvents ?? NO_POWER_EVENTS,
    state: {
      erpGateway: null,
      bureauSession: null,
      bureauQueries: new Map(),
      bureauChecks: new Set(),
      erpFlush: Promise.resolve(),
      syncHost: null,
      historyExports: new Map(),
      jobWorkers: new Set(),
      screenPops: [],
    },
    floor,
    replicator: NO_REPLICATOR,
    erpFollower: NO_ERP_FOLLOWER,
    feedPruner: NO_PRUNER,
    jobLeases: createJobLeases({
      floor: () => core.floor,
      me: () => installIdentity(core.db),
      tuning: () => core.tuning.jobLeases,
      now: () => core.now(),
    }),
    // Replaced just below: the controller reads the finished core's link and event bus.
    floorController: undefined as never,
    // Replaced just below: it keeps the finished core's sessions current.
    floorAccounts: undefined as never,
  };
  core.floorAccounts = createFloorAccounts(core);
  core.floorController = createFloorController({
    link: () => core.floor,
    now: () => core.now(),
    emit: (status) => core.events.emit('floor.status', status),
    tuning: { ...DEFAULT_FLOOR_TUNING, ...options.floorTuning },
  });
  // A server down at start leaves the seat offline (local reads work) until it answers.
  await core.floorController.adopt(configured ?? undefined);
  core.erpBreaker = createBreaker({
    tuning: core.tuning.erpBreaker,
    isOutage: (e) => e instanceof ErpFailure && e.retryable,
    fastFail: (retryAt) => erpUnavailable(retryAt),
    now: () => core.now(),
    onChange: (availability) => core.events.emit('erp.availability', availability),
  });
  core.scheduler = createJobScheduler(core);
  // Floor mode: the settings every seat shares come from the central database before any job reads them.
  await refreshSharedSettings(core, { full: true });
  core.events.subscribe((event) => {
    if (event === 'permissions.changed') core.sessions.invalidate();
  });
  // The demo entries (tools/demo) seed here; production passes nothing and starts empty.
  await options.prepare?.(core);
  startFloorFollowers(core);
  if (getSetting(db, 'is_demo') === '1') log.info('banco de demonstração');
  return core;
}
