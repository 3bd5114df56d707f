/**
 * "Testar conexão": one connection to the database the admin typed, read-only, classified in
 * the words an admin acts on (senha incorreta, servidor inacessível, TLS recusado, esquema mais
 * novo, outra empresa, vazio e pronto para importar, ok). Nothing is written.
 */
import pg from 'pg';
import type { FloorProbeKind, FloorProbeResult } from '../../../shared/ipc/dto/floor';
import { messageFor, type MessageKey } from '../../../shared/ipc/messages';
import { latestSchemaVersion } from '../db/migrate';
import { pgConnectionConfig, type FloorConnectionSettings } from './floor-db';
import { firstNonEmptyTable } from './floor-emptiness';
import { loadFloorMigrations, type FloorCompany } from './floor-migrate';

const TLS_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'EPROTO',
]);

/** What a failed connection means for the admin (pg and Node error shapes). */
export function classifyConnectError(
  e: unknown,
  s: Pick<FloorConnectionSettings, 'host' | 'port' | 'user' | 'database'>,
): { kind: FloorProbeKind; key: MessageKey; details: Record<string, unknown> } {
  const err = e as { code?: string; message?: string };
  const text = err.message ?? String(e);
  if (
    /does not support SSL|no encryption|SSL off|self[- ]signed|certificate|TLS|SSL/i.test(text) ||
    TLS_CODES.has(err.code ?? '')
  )
    return { kind: 'tlsRefused', key: 'floor.tlsRefused', details: { reason: text.slice(0, 160) } };
  if (err.code === '28P01' || err.code === '28000')
    return { kind: 'authFailed', key: 'floor.authFailed', details: { user: s.user } };
  if (err.code === '3D000')
    return { kind: 'databaseMissing', key: 'floor.databaseMissing', details: { database: s.database } };
  return { kind: 'unreachable', key: 'floor.serverUnreachable', details: { host: s.host, port: s.port } };
}

export async function probeFloor(
  s: FloorConnectionSettings,
  company: FloorCompany,
  opts: { timeoutMs?: number; now?: () => number } = {},
): Promise<FloorProbeResult> {
  const now = opts.now ?? Date.now;
  const started = now();
  const result = (kind: FloorProbeKind, key: MessageKey, details: Record<string, unknown> = {}) => ({
    kind,
    message: (messageFor as (k: MessageKey, d: unknown) => string)(key, details),
    elapsedMs: Math.max(0, Math.round(now() - started)),
  });
  const client = new pg.Client({
    ...pgConnectionConfig(s),
    connectionTimeoutMillis: opts.timeoutMs ?? 5_000,
    application_name: 'Central de Atendimento (teste de conexão)',
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (e) {
    await client.end().catch(() => undefined);
    const c = classifyConnectError(e, s);
    return result(c.kind, c.key, c.details);
  }
  try {
    const known = latestSchemaVersion(loadFloorMigrations());
    const hasMigrations = (
      await client.query<{ t: string | null }>("SELECT to_regclass('floor_migrations')::text AS t")
    ).rows[0]?.t;
    if (hasMigrations) {
      const found = (
        await client.query<{ v: number | null }>('SELECT max(version) AS v FROM floor_migrations')
      ).rows[0]?.v;
      if ((found ?? 0) > known) return result('schemaNewer', 'floor.schemaNewer', { found, known });
      const meta = (
        await client
          .query<{ company_id: string; company_name: string }>(
            'SELECT company_id, company_name FROM floor_meta WHERE id = 1',
          )
          .catch(() => ({ rows: [] as { company_id: string; company_name: string }[] }))
      ).rows[0];
      if (meta && meta.company_id !== company.id)
        return result('otherCompany', 'floor.otherCompany', { found: meta.company_name });
    }
    if ((await firstNonEmptyTable(async (t) => (await client.query(t)).rows)) === null)
      return result('empty', 'floor.probeEmpty');
    return result('ok', 'floor.probeOk', { company: company.name });
  } catch (e) {
    const c = classifyConnectError(e, s);
    return result(c.kind, c.key, c.details);
  } finally {
    await client.end().catch(() => undefined);
  }
}
