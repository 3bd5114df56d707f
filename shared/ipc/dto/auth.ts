import type { Permission } from '../../auth/permissions';

export interface SessionUser {
  id: number;
  login: string;
  name: string;
  permissions: Permission[];
  groups: string[];
  /** Per-change cap on credit-limit increases, from the user's groups; null = no cap. */
  maxCreditIncreaseCents: number | null;
}

/** How far a production install is: ERP configured, first sync finished (always true on a demo database). */
export interface SetupState {
  erpConfigured: boolean;
  firstSyncDone: boolean;
}

export interface AuthStatus {
  /** True on a brand-new database: the first administrator must be created. */
  needsSetup: boolean;
  user: SessionUser | null;
  /** Demo credentials, shown on the login screen only while the database is a demo database. */
  demoCredentials: { login: string; password: string; role: string }[];
  setup: SetupState;
}

export interface UserRow {
  id: number;
  login: string;
  name: string;
  active: boolean;
  groupIds: number[];
  createdAt: string;
  /** Seconds this login must still wait after failed attempts (users.list only; 0 = may log in). */
  loginWaitSeconds?: number;
  /** Failed attempts since the last success or unlock (users.list only). */
  failedLoginAttempts?: number;
  /** Where activity notifications reach this user; null: none. */
  email: string | null;
}

export interface GroupRow {
  id: number;
  name: string;
  permissions: Permission[];
  maxCreditIncreaseCents: number | null;
  /** Liberação de crédito: largest order value members may release; null = no cap. */
  maxOrderReleaseCents: number | null;
  /** Liberação de crédito: whether members may release orders of a client with overdue titles. */
  mayReleaseOverdue: boolean;
  memberCount: number;
}

export interface AuditEntry {
  id: number;
  at: string;
  userId: number | null;
  userName: string | null;
  entity: string;
  entityId: string;
  /** What was changed, by the name a person knows it by: "Cliente Maximino Santin Ltda". */
  subject: string;
  /** What was done, in pt-BR. */
  action: string;
  changes: Record<string, { before: unknown; after: unknown }>;
}
