/**
 * The machine policy: a JSON file IT places in the machine-wide config folder
 * (%ProgramData%\Central de Atendimento\policy.json) to preset and lock settings on every seat.
 * Read-only for the app. Each field is checked on its own, so one bad field is reported (file
 * and field named, in pt-BR) while the others still apply and the console starts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { PolicyField, PolicyProblem, PolicyValues } from '../../../shared/ipc/dto/policy';
import {
  FLOOR_KEY_FIELDS,
  FLOOR_KEY_PREVIOUS_FIELDS,
  floorKeyFromPolicy,
  previousFloorKeyFromPolicy,
  type FloorKey,
} from '../floor/secrets/floor-key';
import { parseFloorPolicy, type FloorPolicy } from './floor-policy';

export interface MachinePolicy {
  file: string | null;
  found: boolean;
  values: Partial<PolicyValues>;
  problems: PolicyProblem[];
  /** The floor key (floor mode secrets); kept apart from `values`, which the renderer sees. */
  floorKey?: FloorKey;
  /** The key being rotated out (`floorKeyPrevious`/`floorKeyPreviousFile`): still opens old envelopes. */
  floorKeyPrevious?: FloorKey;
  /** The central database this seat joins (floor mode), when the policy has a valid `floor` section. */
  floor?: FloorPolicy;
}

export const POLICY_LABELS: Record<PolicyField, string> = {
  erpUrl: 'Endereço da API do ERP',
  bureauUrl: 'URL da API do bureau',
  updateUrl: 'Endereço de atualizações',
  updateChannel: 'Canal de atualizações',
  autoUpdate: 'Atualização automática',
  dataDir: 'Pasta de dados',
};

/** A policy is a few lines; anything bigger is not one and is not read into memory. */
const MAX_BYTES = 64 * 1024;

const hasControl = (v: string) => [...v].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);

const httpUrl = (label: string, httpsOnly: boolean) =>
  z
    .string({ error: `${label}: deve ser um texto com um endereço.` })
    .trim()
    .min(1, `${label}: está vazio.`)
    .max(500, `${label}: tem mais de 500 caracteres.`)
    .refine(
      (v) => {
        try {
          const u = new URL(v);
          const okScheme = httpsOnly
            ? u.protocol === 'https:'
            : u.protocol === 'http:' || u.protocol === 'https:';
          return okScheme && !u.username && !u.password && !hasControl(v);
        } catch {
          return false;
        }
      },
      `${label}: informe um endereço ${httpsOnly ? 'https://' : 'http:// ou https://'} sem usuário nem senha.`,
    )
    .transform((v) => v.replace(/\/+$/, ''));

const FIELDS: { [F in PolicyField]: z.ZodType<PolicyValues[F]> } = {
  erpUrl: httpUrl('Endereço do ERP', false),
  bureauUrl: httpUrl('URL do bureau', true),
  updateUrl: httpUrl('Endereço de atualizações', true),
  updateChannel: z
    .string({ error: 'Canal de atualizações: deve ser um texto.' })
    .regex(
      /^[a-z][a-z0-9-]{0,31}$/,
      'Canal de atualizações: use letras minúsculas, números e hífen (ex.: latest, beta).',
    ),
  autoUpdate: z.boolean({ error: 'Atualização automática: use true ou false (sem aspas).' }),
  dataDir: z
    .string({ error: 'Pasta de dados: deve ser um texto com o caminho da pasta.' })
    .trim()
    .min(1, 'Pasta de dados: está vazia.')
    .max(260, 'Pasta de dados: o caminho tem mais de 260 caracteres.')
    .refine((v) => !hasControl(v) && path.isAbsolute(v), {
      message: 'Pasta de dados: informe um caminho absoluto (ex.: D:\\CentralDados).',
    })
    // SQLite over SMB loses locks and corrupts the cache: the data folder must be a local disk.
    .refine((v) => !/^[\\/]{2}/.test(v), {
      message: 'Pasta de dados: use uma pasta do disco local, não uma pasta de rede (\\\\servidor\\...).',
    }),
};
const KNOWN = Object.keys(FIELDS) as PolicyField[];

/** Notepad saves UTF-8 with a BOM, or UTF-16 ("Unicode"); both are accepted. */
function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Parses the file's text; never throws. */
export function parseMachinePolicy(text: string, file: string): MachinePolicy {
  const policy: MachinePolicy = { file, found: true, values: {}, problems: [] };
  const whole = (message: string) => {
    policy.problems.push({ field: null, message: `Política da empresa (${file}): ${message}` });
    return policy;
  };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return whole(
      `o arquivo não é um JSON válido (${(e as Error).message}). Nenhuma configuração dele foi aplicada.`,
    );
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return whole('o arquivo deve conter um objeto JSON ({ ... }). Nenhuma configuração dele foi aplicada.');
  const record = json as Record<string, unknown>;
  const values: Record<string, unknown> = {};
  for (const field of KNOWN) {
    if (!Object.prototype.hasOwnProperty.call(record, field) || record[field] === null) continue;
    const parsed = FIELDS[field].safeParse(record[field]);
    if (parsed.success) values[field] = parsed.data;
    else
      policy.problems.push({
        field,
        message: `Política da empresa (${file}), campo "${field}": ${parsed.error.issues[0]?.message ?? 'valor inválido'} Este campo foi ignorado.`,
      });
  }
  policy.floorKey = floorKeyFromPolicy(record);
  policy.floorKeyPrevious = previousFloorKeyFromPolicy(record, policy.floorKey);
  for (const key of [policy.floorKey, policy.floorKeyPrevious])
    if (key.problem)
      policy.problems.push({
        field: key.source,
        message: `Política da empresa (${file}), campo "${key.source}": ${key.problem} Este campo foi ignorado.`,
      });
  if (record.floor !== undefined && record.floor !== null) {
    const floor = parseFloorPolicy(record.floor, file);
    if (floor.value) policy.floor = floor.value;
    policy.problems.push(...floor.problems);
  }
  for (const key of Object.keys(record)
    .filter(
      (k) =>
        !(KNOWN as string[]).includes(k) &&
        !(FLOOR_KEY_FIELDS as readonly string[]).includes(k) &&
        !(FLOOR_KEY_PREVIOUS_FIELDS as readonly string[]).includes(k) &&
        k !== 'floor',
    )
    .slice(0, 10))
    policy.problems.push({
      field: key.slice(0, 60),
      message: `Política da empresa (${file}): o campo "${key.slice(0, 60)}" não é conhecido e foi ignorado. Campos aceitos: ${KNOWN.join(', ')}, floor.`,
    });
  policy.values = values as Partial<PolicyValues>;
  return policy;
}

/** Where the policy lives: CENTRAL_POLICY_FILE (tests, web shell) or the machine-wide folder on Windows. */
export function machinePolicyFile(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string | null {
  if (env.CENTRAL_POLICY_FILE) return path.resolve(env.CENTRAL_POLICY_FILE);
  if (platform !== 'win32') return null;
  const programData = env.ProgramData ?? env.PROGRAMDATA ?? 'C:\\ProgramData';
  return path.win32.join(programData, 'Central de Atendimento', 'policy.json');
}

const noPolicy = (file: string | null): MachinePolicy => ({ file, found: false, values: {}, problems: [] });

/** Reads the policy file; a missing file is simply no policy. Never throws. */
export function loadMachinePolicy(file: string | null = machinePolicyFile()): MachinePolicy {
  if (!file) return noPolicy(null);
  const problem = (message: string): MachinePolicy => ({
    file,
    found: true,
    values: {},
    problems: [{ field: null, message: `Política da empresa (${file}): ${message}` }],
  });
  let bytes: Buffer;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return problem('o caminho não é um arquivo.');
    if (stat.size > MAX_BYTES)
      return problem(`o arquivo tem ${stat.size} bytes; o limite é ${MAX_BYTES}. Nada foi aplicado.`);
    bytes = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return noPolicy(file);
    return problem(`o arquivo não pôde ser lido (${code ?? (e as Error).message}). Nada foi aplicado.`);
  }
  return parseMachinePolicy(decode(bytes), file);
}
