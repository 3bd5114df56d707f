import type { BlockStatus } from '../../../../../shared/ipc/dto/bureau';

export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
export const str = (v: unknown): string | null =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : null;

export interface ReadBlock {
  status: BlockStatus;
  data: unknown;
}

const NOTHING_FOUND = /nada consta/i;

/**
 * Reads one `{success, message, data}` block (deps-api.md §4.4). Anything that is not clearly
 * "searched and found nothing" is never reported as clean: a failure, a block listed in
 * `blocosComErros` or an unexpected shape all come back as `failed`.
 */
export function readEnvelope(block: unknown, listedAsError: boolean): ReadBlock {
  if (block === null || block === undefined) {
    return { status: { state: 'notIncluded', message: null }, data: null };
  }
  if (!isObj(block) || typeof block.success !== 'boolean') {
    return { status: { state: 'failed', message: 'Bloco em formato desconhecido.' }, data: null };
  }
  const message = str(block.message);
  if (block.success === false || listedAsError) {
    return {
      status: { state: 'failed', message: message ?? 'O bureau informou falha neste bloco.' },
      data: null,
    };
  }
  const data = block.data;
  const empty = data === null || data === undefined || (Array.isArray(data) && data.length === 0);
  if (!empty) return { status: { state: 'found', message }, data };
  if (message && NOTHING_FOUND.test(message)) return { status: { state: 'clean', message }, data: null };
  return { status: { state: 'noInfo', message: message ?? 'Sem informação.' }, data: null };
}
