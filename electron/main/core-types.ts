import type { EventMap, EventName } from '../../shared/ipc/contract';
import type { DatabaseHealth } from '../../shared/ipc/dto/database';
import type { Db } from './db/connection';
import type { HttpPort } from './gateways/http/http-port';
import type { MachinePolicy } from './policy/machine-policy';
import type { SessionStore } from './services/auth/sessions';
import type { SecretStore } from './services/secrets/secret-store';
import type { BureauRunOutcome } from '../../shared/ipc/dto/bureau';
import type { BureauClient } from './gateways/bureau/bureau-client';
import type { BureauSession } from './gateways/bureau/mappers/login.mapper';
import type { ErpClientConfig } from './gateways/erp/erp-client';
import type { ErpGateway } from './gateways/erp/erp-gateway';
import type { Scheduler } from './jobs/scheduler';
import type { ExportDestination } from './services/integration/history/export-destination';
import type { HistoryExportJob } from './services/integration/history/history-export.service';
import type { SyncHostState } from './services/receivables/sync-host.service';
import type { Breaker, BreakerTuning, RetryPolicy } from './gateways/resilience';
import type { RunningWorker } from './workers/worker-host';
import type { FloorJoin, FloorLink } from './floor/floor-link';
import type { Replicator } from './floor/replication/replicator';
import type { ErpFollower, ErpFollowerTuning } from './floor/erp/erp-follower';
import type { FeedPruner, FeedPruneTuning } from './floor/replication/feed-pruning';
import type { JobLeases, JobLeaseTuning } from './floor/jobs/job-leases';
import type { FloorController, FloorTuning } from './floor/floor-controller';
import type { FloorAccounts } from './floor/accounts/floor-accounts';

/** How the services reach the ERP; null while no ERP is configured (local cache only). */
export type ErpGatewayProvider = (core: Core) => Promise<ErpGateway | null>;
/** A bureau client for the saved settings (tests wrap the real one to inject faults). */
export type BureauClientFactory = (core: Core) => Promise<BureauClient>;

export interface ReceivablesTuning {
  batchSize: number;
  retry: RetryPolicy;
}

/** Delays, timeouts and sizes; production uses the defaults, tests shrink them. */
export interface CoreTuning {
  /** Merged into every ERP client built from the saved settings (timeouts, retry delays). */
  erpClient: Partial<ErpClientConfig>;
  /** After `failures` consecutive ERP outages calls fail fast for `halfOpenAfterMs`. */
  erpBreaker: BreakerTuning;
  receivables: ReceivablesTuning;
  /** How often the ERP outbox (query records, credit write-backs) is flushed by the scheduler. */
  erpOutboxEveryMs: number;
  /** Leases of the jobs that run once per floor (expiry, renewal, standby polling). */
  jobLeases: JobLeaseTuning;
  /** Floor mode: how long tombstones (and unreferenced file bytes) are kept, and how often pruned. */
  floorPrune: FeedPruneTuning;
  /** Floor mode: rows per read and per commit of the ERP follower. */
  erpFollower: ErpFollowerTuning;
}

/** Windows sleep/resume (Electron's powerMonitor); the web shell and tests have none. */
export interface PowerEvents {
  onResume(listener: () => void): () => void;
}

/** What the services keep per core in memory: in-flight registries and caches. */
export interface CoreState {
  /** The ERP gateway of the saved settings, rebuilt only when they change (keep-alive reuse). */
  erpGateway: { key: string; gateway: ErpGateway } | null;
  /** The bureau token, only in memory, for one saved configuration. */
  bureauSession: { fingerprint: string; session: BureauSession | null } | null;
  /** Bureau queries whose call is running in this process, by idempotency key. */
  bureauQueries: Map<string, Promise<BureauRunOutcome>>;
  /** Queries being checked with the bureau right now. */
  bureauChecks: Set<number>;
  /** The last ERP outbox flush: flushes run one after the other. */
  erpFlush: Promise<void>;
  /** The last sync-host answer of the ERP (screens that poll reuse a young one). */
  syncHost: { at: number; state: SyncHostState } | null;
  /** History exports of this process by id. */
  historyExports: Map<string, HistoryExportJob>;
  /** Job worker threads running now (electron/main/workers). */
  jobWorkers: Set<RunningWorker>;
  /** central:// links the Electron shell received, until a logged-in window takes them. */
  screenPops: string[];
}

export interface CoreOptions {
  dataDir: string;
  transport: 'electron' | 'web';
  /** Runs once the database is open; only the dev-only demo entries pass one (to seed). */
  prepare?: (core: Core) => Promise<void>;
  now?: () => Date;
  /** Electron opens folders with shell.openPath; the web shell has no way to. */
  openFolder?: (dir: string) => Promise<void>;
  /** Electron passes safeStorage; the web shell and tests get the key-file store. */
  secretStore?: (dataDir: string) => SecretStore;
  /** Network port of both gateways: Electron passes Chromium's; the web shell and tests get undici. */
  httpPort?: HttpPort;
  /** The machine policy; read from CENTRAL_POLICY_FILE or %ProgramData% when not given. */
  policy?: MachinePolicy;
  /** Days automatic backups are kept in <dataDir>/backups (default 7). */
  backupKeepDays?: number;
  /** Delay before the background quick_check (default 30 s after start). */
  integrityCheckDelayMs?: number;
  /** How often the activity e-mail outbox is checked for due rows (default 3 s). */
  notificationPollMs?: number;
  /** The ERP of the services; default: the one saved in Configurações → Integração. */
  erpGateway?: ErpGatewayProvider;
  /** The bureau client; default: the one saved in Configurações → Bureau de crédito. */
  bureauClient?: BureauClientFactory;
  /** Shorter delays and smaller batches (tests and bench). */
  tuning?: {
    erpClient?: Partial<ErpClientConfig>;
    erpBreaker?: Partial<BreakerTuning>;
    receivables?: Partial<ReceivablesTuning>;
    erpOutboxEveryMs?: number;
    jobLeases?: Partial<JobLeaseTuning>;
    /** Floor mode: rows per read and per commit of the ERP follower. */
    erpFollower?: Partial<ErpFollowerTuning>;
    floorPrune?: Partial<FeedPruneTuning>;
  };
  /** Electron passes the save dialog; the default writes a temporary file the browser downloads. */
  exportDestination?: ExportDestination;
  /** Electron passes powerMonitor's resume; without it the scheduler only catches up on start. */
  powerEvents?: PowerEvents;
  /** The job worker script; default: job-worker.js beside the bundle (tools/demo builds one from the sources). */
  jobWorkerEntry?: string;
  /** Floor mode: the central PostgreSQL database this seat joins (default: embedded, SQLite only). */
  floor?: FloorJoin;
  /** Heartbeat and reconnect delays of the FloorController (tests shrink them). */
  floorTuning?: Partial<FloorTuning>;
}

/**
 * Who an event is for: one window (sessionKey) or every window of one user. Without a scope it
 * goes to every logged-in window. Transports deliver nothing to a window outside the scope.
 */
export interface EventScope {
  sessionKey?: string;
  userId?: number;
}

export interface EventBus {
  emit<E extends EventName>(event: E, payload: EventMap[E], scope?: EventScope): void;
  subscribe(listener: (event: EventName, payload: unknown, scope: EventScope) => void): () => void;
}

export interface Core {
  /** Replaced by "Restaurar backup": read it on each use, never keep it. */
  db: Db;
  /** Damage found at run time: the registry then answers DB_CORRUPT and nothing is written. */
  health: DatabaseHealth;
  options: CoreOptions;
  dataDir: string;
  databasePath: string;
  sessions: SessionStore;
  events: EventBus;
  secrets: SecretStore;
  http: HttpPort;
  policy: MachinePolicy;
  now(): Date;
  close(): void;
  /** The collaborators below are built once by createCore (the one composition root). */
  erpGateway: ErpGatewayProvider;
  bureauClient: BureauClientFactory;
  /** The persisted scheduler with every job registered; timers run only after startJobs. */
  scheduler: Scheduler;
  tuning: CoreTuning;
  /** One circuit for this desktop's ERP, shared by every gateway built from the settings. */
  erpBreaker: Breaker;
  exportDestination: ExportDestination;
  power: PowerEvents;
  state: CoreState;
  /** Embedded (this desktop's SQLite file is the whole state) or floor (the central PostgreSQL). */
  floor: FloorLink;
  /** Floor mode: follows the central change feed into the local cache (a no-op when embedded). */
  replicator: Replicator;
  /** Floor mode: follows the central ERP rows into the local ERP cache (a no-op when embedded). */
  erpFollower: ErpFollower;
  /** Floor mode: prunes old tombstones and unused file bytes, once per floor and period. */
  feedPruner: FeedPruner;
  /** Runs a job on exactly one seat of the floor at a time (always this one in embedded mode). */
  jobLeases: JobLeases;
  /** Online/offline/refused of the central database, heartbeat and reconnect (floor mode). */
  floorController: FloorController;
  /** Floor mode: this seat's copy of the floor's users, groups and permissions kept current. */
  floorAccounts: FloorAccounts;
}
