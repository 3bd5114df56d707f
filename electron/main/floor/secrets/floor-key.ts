/**
 * The floor key: 32 random bytes IT provisions to every seat of a floor through the machine
 * policy (`floorKey`, inline base64, or `floorKeyFile`, the path of a file holding it). Secrets
 * shared in the central database are sealed with it, so the database alone (a dump, a backup,
 * a DBA) never reveals them. The bytes stay in this closure: the policy view the renderer
 * sees, logs and JSON never carry them.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const FLOOR_KEY_FIELDS = ['floorKey', 'floorKeyFile'] as const;
const KEY_BYTES = 32;
/** A key file is 32 bytes, or their base64 (44 characters) and a line break: anything bigger is not one. */
const MAX_FILE_BYTES = 256;

export interface FloorKey {
  /** Where the key came from (for messages); null when the policy gives none. */
  readonly source: 'floorKey' | 'floorKeyFile' | null;
  /** Short public id of the key (HMAC of a fixed label): tells two keys apart without revealing either. */
  readonly keyId: string | null;
  /** Why the policy's key was refused, in pt-BR; null when there is none or it is fine. */
  readonly problem: string | null;
  /** The key bytes, or null. */
  bytes(): Buffer | null;
}

export const NO_FLOOR_KEY: FloorKey = {
  source: null,
  keyId: null,
  problem: null,
  bytes: () => null,
};

export const floorKeyId = (key: Buffer): string =>
  crypto
    .createHmac('sha256', key)
    .update('central-de-atendimento/floor-key-id/v1')
    .digest('base64url')
    .slice(0, 16);

function keyOf(bytes: Buffer, source: 'floorKey' | 'floorKeyFile'): FloorKey {
  const copy = Buffer.from(bytes);
  const keyId = floorKeyId(copy);
  return {
    source,
    keyId,
    problem: null,
    bytes: () => copy,
    // Anything that serializes the policy (diagnostics, a log line) sees the id, never the bytes.
    toJSON: () => ({ source, keyId }),
  } as FloorKey;
}

const refused = (source: 'floorKey' | 'floorKeyFile', problem: string): FloorKey => ({
  ...NO_FLOOR_KEY,
  source,
  problem,
});

/** Strict base64 (or base64url) of exactly 32 bytes; the reason in pt-BR otherwise. */
function decodeKey(text: string, label: string): Buffer | string {
  const t = text.trim();
  if (t.length === 0) return `${label}: está vazia.`;
  if (t.length > 100) return `${label}: tem ${t.length} caracteres; uma chave de 32 bytes em base64 tem 44.`;
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(t))
    return `${label}: não é base64 (use só letras, números, +, / e = no fim).`;
  const bytes = Buffer.from(t.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  if (bytes.length !== KEY_BYTES)
    return `${label}: tem ${bytes.length} bytes; a chave deve ter exatamente 32 bytes (256 bits), por exemplo gerada com "openssl rand -base64 32".`;
  if (new Set(bytes).size < 8)
    return `${label}: não parece aleatória (bytes repetidos). Gere uma chave nova com "openssl rand -base64 32".`;
  return bytes;
}

function readKeyFile(file: string): Buffer | string {
  const label = `Arquivo da chave do banco central (${file})`;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? `${label}: não existe.` : `${label}: não pôde ser lido (${code ?? 'erro'}).`;
  }
  if (!stat.isFile()) return `${label}: o caminho não é um arquivo.`;
  if (stat.size > MAX_FILE_BYTES)
    return `${label}: tem ${stat.size} bytes; uma chave tem 32 (ou 44 em base64).`;
  // On Windows the ACL protects the file and st_mode says nothing; elsewhere others must not read or replace it.
  if (process.platform !== 'win32' && (stat.mode & 0o022 || stat.mode & 0o004))
    return `${label}: outros usuários podem ler ou alterar o arquivo; deixe-o legível só pelo usuário da Central (chmod 600).`;
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    return `${label}: não pôde ser lido (${(e as NodeJS.ErrnoException).code ?? 'erro'}).`;
  }
  return bytes.length === KEY_BYTES ? bytes : decodeKey(bytes.toString('utf8'), label);
}

const hasControl = (v: string) => [...v].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);

/**
 * Reads the floor key fields of a policy object. Never throws: a hostile or wrong value is
 * refused with its reason (the seat then simply has no key) and nothing of it is echoed.
 */
export function floorKeyFromPolicy(record: Record<string, unknown>): FloorKey {
  const inline = record.floorKey ?? null;
  const file = record.floorKeyFile ?? null;
  if (inline !== null && file !== null)
    return refused(
      'floorKey',
      'use apenas um dos campos "floorKey" ou "floorKeyFile"; nenhum dos dois foi usado.',
    );
  if (inline !== null) {
    if (typeof inline !== 'string')
      return refused('floorKey', 'Chave do banco central: deve ser um texto em base64.');
    const r = decodeKey(inline, 'Chave do banco central');
    return typeof r === 'string' ? refused('floorKey', r) : keyOf(r, 'floorKey');
  }
  if (file !== null) {
    if (typeof file !== 'string' || file.trim() === '' || file.length > 260 || hasControl(file))
      return refused(
        'floorKeyFile',
        'Arquivo da chave do banco central: informe o caminho do arquivo (até 260 caracteres).',
      );
    if (!path.isAbsolute(file.trim()))
      return refused(
        'floorKeyFile',
        'Arquivo da chave do banco central: informe um caminho absoluto (ex.: C:\\ProgramData\\Central de Atendimento\\floor.key).',
      );
    const r = readKeyFile(file.trim());
    return typeof r === 'string' ? refused('floorKeyFile', r) : keyOf(r, 'floorKeyFile');
  }
  return NO_FLOOR_KEY;
}
