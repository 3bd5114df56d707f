import type { SessionUser } from '../../../../shared/ipc/dto/auth';
import type { Core } from '../../core-types';
import { insertAudit } from '../../db/repos/audit.repo';
import { getSetting } from '../../db/repos/settings.repo';
import { saveSharedSettings } from '../../floor/settings/shared-settings';

/** Shared with the integration page, which edits the same value. */
export const MAX_HOURS_KEY = 'integration.maxHoursWithoutSuccess';
/** "Tempo máximo sem sucesso" (seed 001). */
export const DEFAULT_MAX_HOURS = 24;

export function maxHoursWithoutSuccess(core: Core): number {
  const n = Number(getSetting(core.db, MAX_HOURS_KEY));
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_MAX_HOURS;
}

export async function saveMaxHoursWithoutSuccess(
  core: Core,
  user: SessionUser,
  hours: number,
): Promise<void> {
  const before = maxHoursWithoutSuccess(core);
  if (before === hours) return;
  await saveSharedSettings(core, { [MAX_HOURS_KEY]: String(hours) }, () =>
    insertAudit(core.db, {
      at: core.now().toISOString(),
      userId: user.id,
      userName: user.name,
      entity: 'settings',
      entityId: MAX_HOURS_KEY,
      action: 'Tempo máximo sem sucesso da integração alterado',
      changes: { maxHoursWithoutSuccess: { before, after: hours } },
    }),
  );
}
