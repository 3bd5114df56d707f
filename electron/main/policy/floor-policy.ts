/**
 * The machine policy's `floor` section: the central database every seat of the company joins,
 * preset by IT so no admin types it on 200 desktops. A half-valid section is useless (a seat
 * cannot join with a bad port), so any bad field drops the whole section, each reason reported.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { PolicyProblem } from '../../../shared/ipc/dto/policy';
import {
  floorCompanyId,
  floorCompanyName,
  floorDatabase,
  floorHost,
  floorPassword,
  floorPort,
  floorSslMode,
  floorUser,
  floorCaPem,
} from '../../../shared/forms/floor-connection.schema';
import type { FloorJoin } from '../floor/floor-link';

/** Secrets and certificates IT points at are a few KB; anything bigger is not one. */
const MAX_FILE_BYTES = 64 * 1024;

const absoluteFile = (label: string) =>
  z
    .string({ error: `${label}: informe o caminho do arquivo.` })
    .trim()
    .min(1, `${label}: informe o caminho do arquivo.`)
    .max(260, `${label}: o caminho tem mais de 260 caracteres.`)
    .refine((v) => path.isAbsolute(v) || path.win32.isAbsolute(v), `${label}: informe um caminho absoluto.`);

const SECTION = z
  .object({
    host: floorHost,
    port: floorPort.default(5432),
    database: floorDatabase,
    user: floorUser,
    password: floorPassword.optional(),
    passwordFile: absoluteFile('Arquivo da senha').optional(),
    sslMode: floorSslMode.default('verify-full'),
    caFile: absoluteFile('Arquivo da CA').optional(),
    companyId: floorCompanyId,
    companyName: floorCompanyName,
  })
  .strict()
  .refine((v) => (v.password === undefined) !== (v.passwordFile === undefined), {
    message: 'informe a senha em "password" ou em "passwordFile" (um dos dois, não ambos).',
    path: ['password'],
  });

export interface FloorPolicy {
  join: FloorJoin;
  /** What Configurações shows read-only (never the password). */
  view: { host: string; port: number; database: string; user: string; sslMode: string; companyName: string };
}

export type ReadFile = (file: string) => Buffer;

type Read = { ok: true; text: string } | { ok: false; problem: string };

/** A file IT points at, read whole; a problem is a sentence for the policy report, never a throw. */
function readSmall(file: string, read: ReadFile, label: string): Read {
  let bytes: Buffer;
  try {
    bytes = read(file);
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    return { ok: false, problem: `${label}: o arquivo ${file} não pôde ser lido (${why}).` };
  }
  if (bytes.length > MAX_FILE_BYTES)
    return { ok: false, problem: `${label}: o arquivo ${file} tem mais de ${MAX_FILE_BYTES} bytes.` };
  return { ok: true, text: bytes.toString('utf8').replace(/^\uFEFF/, '') };
}

/** The password as given, or read from passwordFile, checked by the same rule as the form. */
function passwordOf(s: { password?: string; passwordFile?: string }, read: ReadFile): Read {
  const raw =
    s.password !== undefined
      ? { ok: true as const, text: s.password }
      : readSmall(s.passwordFile as string, read, 'Arquivo da senha');
  if (!raw.ok) return raw;
  const checked = floorPassword.safeParse(s.password ?? raw.text.trim());
  return checked.success
    ? { ok: true, text: checked.data }
    : { ok: false, problem: checked.error.issues[0]?.message ?? '' };
}

function caOf(caFile: string | undefined, read: ReadFile): Read | null {
  if (!caFile) return null;
  const raw = readSmall(caFile, read, 'Arquivo da CA');
  if (!raw.ok) return raw;
  const checked = floorCaPem.safeParse(raw.text);
  return checked.success
    ? { ok: true, text: checked.data }
    : { ok: false, problem: checked.error.issues[0]?.message ?? '' };
}

/** Never throws: a bad section yields problems and no value. */
export function parseFloorPolicy(
  value: unknown,
  file: string,
  read: ReadFile = (f) => fs.readFileSync(f),
): { value: FloorPolicy | null; problems: PolicyProblem[] } {
  const problem = (message: string): PolicyProblem => ({
    field: 'floor',
    message: `Política da empresa (${file}), seção "floor": ${message} A seção foi ignorada; este computador continua no modo local.`,
  });
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { value: null, problems: [problem('deve ser um objeto JSON ({ "host": ..., ... }).')] };
  const parsed = SECTION.safeParse(value);
  if (!parsed.success) {
    return {
      value: null,
      problems: parsed.error.issues
        .slice(0, 10)
        .map((i) =>
          i.code === 'unrecognized_keys'
            ? problem(`os campos ${i.keys.map((k) => `"${k.slice(0, 40)}"`).join(', ')} não são conhecidos.`)
            : problem(i.message),
        ),
    };
  }
  const s = parsed.data;
  const password = passwordOf(s, read);
  if (!password.ok) return { value: null, problems: [problem(password.problem)] };
  const ca = caOf(s.caFile, read);
  if (ca && !ca.ok) return { value: null, problems: [problem(ca.problem)] };
  const caPem = ca?.ok ? ca.text : undefined;
  return {
    value: {
      join: {
        connection: {
          host: s.host,
          port: s.port,
          database: s.database,
          user: s.user,
          password: password.text,
          sslMode: s.sslMode,
          ...(caPem ? { caPem } : {}),
        },
        company: { id: s.companyId, name: s.companyName },
      },
      view: {
        host: s.host,
        port: s.port,
        database: s.database,
        user: s.user,
        sslMode: s.sslMode,
        companyName: s.companyName,
      },
    },
    problems: [],
  };
}
