import type { DatabaseHealth } from '../../../../shared/ipc/dto/database';
import type { Core } from '../../core-types';
import { log } from '../../log';

export const healthyDatabase = (): DatabaseHealth => ({ corrupt: false, detail: null, checkedAt: null });

/**
 * From the first sign of damage on: the connection refuses every write (query_only), so a
 * damaged page is never written back over good data, and the window shows the corruption screen.
 */
export function markCorrupt(core: Core, detail: string): void {
  if (core.health.corrupt) return;
  log.error(`banco de dados danificado: ${detail}`);
  core.health = { ...core.health, corrupt: true, detail };
  try {
    core.db.pragma('query_only = ON');
  } catch (e) {
    log.warn(`não foi possível bloquear a gravação: ${(e as Error).message}`);
  }
  core.events.emit('db.health', { corrupt: true });
}
