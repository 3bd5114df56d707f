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
/**
 * Key rotation: IT puts the new key in floorKey(File) and keeps the old one here until every
 * seat has the new one; a seat holding both re-seals the floor's secrets once (floor-key-rotation.ts).
 */
export const FLOOR_KEY_PREVIOUS_FIELDS = ['floorKeyPrevious', 'floorKeyPreviousFile'] as const;
type KeyField = (typeof FLOOR_KEY_FIELDS)[number] | (typeof FLOOR_KEY_PREVIOUS_FIELDS)[number];
const KEY_BYTES = 32;
/** A key file is 32 bytes, or their base64 (44 characters) and a line break: anything bigger is not one. */
const MAX_FILE_BYTES = 256;

export interface FloorKey {
  /** Where the key came from (for messages); null when the policy gives none. */
  readonly source: KeyField | null;
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

function keyOf(bytes: Buffer, source: KeyField): FloorKey {
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

const refused = (source: KeyField, problem: string): FloorKey => ({
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

function readKeyFile(file: string, what: string): Buffer | string {
  const label = `Arquivo da ${what} (${file})`;
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
 * Reads the floor key fields of a policy object (the current key, or with `previous` the one
 * being rotated out). Never throws: a hostile or wrong value is refused with its reason (the
 * seat then simply has no such key) and nothing of it is echoed.
 */
export function floorKeyFromPolicy(
  record: Record<string, unknown>,
  opts: { previous?: boolean } = {},
): FloorKey {
  const [inlineField, fileField] = opts.previous ? FLOOR_KEY_PREVIOUS_FIELDS : FLOOR_KEY_FIELDS;
  const what = opts.previous ? 'chave anterior do banco central' : 'chave do banco central';
  const What = what[0]!.toUpperCase() + what.slice(1);
  const inline = record[inlineField] ?? null;
  const file = record[fileField] ?? null;
  if (inline !== null && file !== null)
    return refused(
      inlineField,
      `use apenas um dos campos "${inlineField}" ou "${fileField}"; nenhum dos dois foi usado.`,
    );
  if (inline !== null) {
    if (typeof inline !== 'string') return refused(inlineField, `${What}: deve ser um texto em base64.`);
    const r = decodeKey(inline, What);
    return typeof r === 'string' ? refused(inlineField, r) : keyOf(r, inlineField);
  }
  if (file !== null) {
    if (typeof file !== 'string' || file.trim() === '' || file.length > 260 || hasControl(file))
      return refused(fileField, `Arquivo da ${what}: informe o caminho do arquivo (até 260 caracteres).`);
    if (!path.isAbsolute(file.trim()))
      return refused(
        fileField,
        `Arquivo da ${what}: informe um caminho absoluto (ex.: C:\\ProgramData\\Central de Atendimento\\floor.key).`,
      );
    const r = readKeyFile(file.trim(), what);
    return typeof r === 'string' ? refused(fileField, r) : keyOf(r, fileField);
  }
  return NO_FLOOR_KEY;
}

/**
 * The key being rotated out, checked against the current one: it is only kept while a current
 * key is given and differs from it (else the reason, and the seat has no previous key).
 */
export function previousFloorKeyFromPolicy(record: Record<string, unknown>, current: FloorKey): FloorKey {
  const previous = floorKeyFromPolicy(record, { previous: true });
  if (!previous.keyId) return previous;
  if (!current.keyId)
    return refused(
      previous.source!,
      'há uma chave anterior mas nenhuma chave atual válida ("floorKey" ou "floorKeyFile"); a chave anterior só serve durante a troca para a atual.',
    );
  if (previous.keyId === current.keyId)
    return refused(
      previous.source!,
      'a chave anterior é igual à atual; remova o campo ou informe a chave antiga.',
    );
  return previous;
}
