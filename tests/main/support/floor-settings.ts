/**
 * Seats in floor mode for the settings and secrets tests (f4): real cores on their own data
 * folders joined to one real PostgreSQL, each with the floor key its machine policy gives it
 * (or none), and a full dump of the central database to look for what must never be there.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createDemoCore } from '../../../tools/demo/demo-core';
import type { Core } from '../../../electron/main/core-types';
import type { FloorConnectionSettings } from '../../../electron/main/floor/floor-db';
import { handlers } from '../../../electron/main/ipc/handlers';
import { createRegistry } from '../../../electron/main/ipc/registry';
import { parseMachinePolicy } from '../../../electron/main/policy/machine-policy';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import type { TestPostgres } from '../../../tools/floor/embedded-postgres';

export const ACME = { id: '11222333000181', name: 'Acme Atendimento Ltda' };
const DEMO_PASSWORDS: Record<string, string> = { admin: 'admin-demo-2026', ana: 'atendente-demo' };

export const newFloorKey = (): Buffer => crypto.randomBytes(32);

export interface FloorSeat {
  core: Core;
  call<C extends ChannelName>(
    sessionKey: string,
    channel: C,
    input: ChannelInput<C>,
  ): Promise<Result<ChannelOutput<C>>>;
  loginAs(login: 'admin' | 'ana'): Promise<string>;
  close(): void;
}

/** A seat of the floor whose machine policy gives `key` as `floorKey` (none with null), and `previousKey` as `floorKeyPrevious`. */
export async function floorSeat(
  connection: FloorConnectionSettings,
  key: Buffer | null,
  opts: { floor?: boolean; previousKey?: Buffer } = {},
): Promise<FloorSeat> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'central-floor-seat-'));
  const policy = parseMachinePolicy(
    JSON.stringify({
      ...(key ? { floorKey: key.toString('base64') } : {}),
      ...(opts.previousKey ? { floorKeyPrevious: opts.previousKey.toString('base64') } : {}),
    }),
    'policy.json',
  );
  const core = await createDemoCore({
    dataDir,
    demo: true,
    transport: 'web',
    demoClientCount: 20,
    policy,
    floor: opts.floor === false ? undefined : { connection, company: ACME },
  });
  const registry = createRegistry(core, handlers);
  let n = 0;
  const call = <C extends ChannelName>(sessionKey: string, channel: C, input: ChannelInput<C>) =>
    registry.invoke(channel, input, { sessionKey }) as Promise<Result<ChannelOutput<C>>>;
  return {
    core,
    call,
    async loginAs(login) {
      const sessionKey = `seat-${++n}`;
      const r = await call(sessionKey, 'auth.login', { login, password: DEMO_PASSWORDS[login]! });
      if (!r.ok) throw new Error(`login ${login}: ${r.error.message}`);
      return sessionKey;
    },
    close: () => {
      core.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** pg_dump when one of the server's major version is installed, else null. */
function pgDump(server: TestPostgres, database: string, serverMajor: number): string | null {
  for (const bin of ['pg_dump', `/usr/lib/postgresql/${serverMajor}/bin/pg_dump`]) {
    try {
      const version = execFileSync(bin, ['--version'], { encoding: 'utf8' });
      if (Number(/(\d+)\./.exec(version)?.[1]) < serverMajor) continue;
      return execFileSync(
        bin,
        ['-h', server.host, '-p', String(server.port), '-U', server.admin.user, database],
        {
          encoding: 'utf8',
          env: { ...process.env, PGPASSWORD: server.admin.password },
        },
      );
    } catch {
      continue;
    }
  }
  return null;
}

/**
 * Everything the central database holds, as text: pg_dump when a matching one is installed,
 * otherwise every row of every table (as JSON) plus every function, view, default and comment.
 */
export async function dumpCentral(
  server: TestPostgres,
  database: string,
): Promise<{ text: string; via: string }> {
  const [version] = await server.sql<{ v: string }>(
    database,
    "SELECT current_setting('server_version_num') AS v",
  );
  const dumped = pgDump(server, database, Math.floor(Number(version?.v) / 10_000));
  if (dumped) return { text: dumped, via: 'pg_dump' };
  const parts: string[] = [];
  const tables = await server.sql<{ s: string; t: string }>(
    database,
    `SELECT table_schema AS s, table_name AS t FROM information_schema.tables
      WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2`,
  );
  for (const { s, t } of tables) {
    const rows = await server.sql<{ r: string }>(
      database,
      `SELECT row_to_json(x)::text AS r FROM "${s}"."${t}" x`,
    );
    parts.push(`-- ${s}.${t}`, ...rows.map((r) => r.r));
  }
  for (const q of [
    `SELECT p.proname || ' ' || p.prosrc AS r FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')`,
    `SELECT pg_get_expr(adbin, adrelid) AS r FROM pg_attrdef`,
    `SELECT description AS r FROM pg_description`,
    `SELECT definition AS r FROM pg_views WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`,
    `SELECT encode(data, 'escape') AS r FROM pg_largeobject`,
  ])
    parts.push(...(await server.sql<{ r: string }>(database, q)).map((x) => x.r ?? ''));
  return { text: parts.join('\n'), via: `consultas (${tables.length} tabelas)` };
}

/** The bytes of every file of the server's data folder (heap, WAL), after a checkpoint. */
export async function serverFiles(server: TestPostgres): Promise<Buffer[]> {
  await server.sql('postgres', 'CHECKPOINT');
  const [dir] = await server.sql<{ d: string }>('postgres', "SELECT current_setting('data_directory') AS d");
  const out: Buffer[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.push(fs.readFileSync(p));
    }
  };
  walk(dir!.d);
  return out;
}

/** The ways a secret could be written down: as typed, base64, hex. */
export const encodings = (secret: string | Buffer): string[] => {
  const b = Buffer.isBuffer(secret) ? secret : Buffer.from(secret, 'utf8');
  return [
    ...(Buffer.isBuffer(secret) ? [] : [secret]),
    b.toString('base64'),
    b.toString('base64url'),
    b.toString('hex'),
  ];
};
