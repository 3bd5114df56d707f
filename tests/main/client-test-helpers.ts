import { toAuditEntry, type AuditRecord } from '../../electron/main/db/repos/audit.repo';
/** Shared setup of the client screen's main-process tests (not a test file itself). */
import type { AuditEntry } from '../../shared/ipc/dto/auth';
import type { Permission } from '../../shared/auth/permissions';
import type { Result } from '../../shared/ipc/result';
import { findClientIdByErpCode } from '../../electron/main/db/repos/clients.repo';
import type { TestCore } from './support/test-core';

export const SHOWCASE_ERP_CODE = '82467786';

export function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

export const showcaseClientId = (t: TestCore): number =>
  findClientIdByErpCode(t.core.db, SHOWCASE_ERP_CODE) as number;

/**
 * Logs in a user created through the registry by the demo admin, in a group holding exactly
 * `permissions` — the way an administrator would set up a restricted agent.
 */
export async function loginRestricted(
  t: TestCore,
  login: string,
  permissions: Permission[] = [],
): Promise<string> {
  const admin = await t.loginAs('admin');
  const group = value(await t.call(admin, 'groups.save', { name: `Grupo ${login}`, permissions }));
  const password = `${login}-senha-segura`;
  value(
    await t.call(admin, 'users.save', {
      login,
      name: `Usuário ${login}`,
      password,
      active: true,
      groupIds: [group.id],
    }),
  );
  return t.loginAs(login, password);
}

/** The client's audit rows, newest first, straight from the table. */
export function clientAudit(t: TestCore, clientId: number): AuditEntry[] {
  return (
    t.core.db
      .prepare("SELECT * FROM audit_log WHERE entity = 'client' AND entity_id = ? ORDER BY id DESC")
      .all(String(clientId)) as AuditRecord[]
  ).map(toAuditEntry);
}

export const queryPlan = (t: TestCore, sql: string, params: unknown): string =>
  (t.core.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params as never) as { detail: string }[])
    .map((p) => p.detail)
    .join('\n');
