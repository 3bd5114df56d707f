/** Row types of the floor's accounts tables (db/floor-migrations/0400-accounts.sql). */
import type { Generated } from 'kysely';

export interface UsersTable {
  id: Generated<number>;
  login: string;
  name: string;
  password_hash: string;
  active: number;
  email: string | null;
  created_at: string;
  updated_at: string;
}

export interface UserGroupsTable {
  id: Generated<number>;
  name: string;
  max_credit_increase_cents: number | null;
  max_order_release_cents: number | null;
  may_release_overdue: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface GroupPermissionsTable {
  group_id: number;
  permission: string;
}

export interface UserGroupMembersTable {
  user_id: number;
  group_id: number;
}

export interface LoginAttemptsTable {
  id: Generated<number>;
  login: string;
  at: string;
  success: number;
  reason: string | null;
  source: Generated<string>;
}

export interface AccountsVersionTable {
  id: number;
  version: number;
}

export interface UserSessionRevocationsTable {
  user_id: number;
  revoked_at: string;
}

export interface AccountsTables {
  users: UsersTable;
  user_groups: UserGroupsTable;
  group_permissions: GroupPermissionsTable;
  user_group_members: UserGroupMembersTable;
  login_attempts: LoginAttemptsTable;
  accounts_version: AccountsVersionTable;
  user_session_revocations: UserSessionRevocationsTable;
}
