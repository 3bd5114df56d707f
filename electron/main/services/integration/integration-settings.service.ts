import type { SessionUser } from '../../../../shared/ipc/dto/auth';
import type { IntegrationOverview } from '../../../../shared/ipc/dto/integration';
import type { Core } from '../../core-types';
import { insertAudit, type FieldChanges } from '../../db/repos/audit.repo';
import { refreshSharedSettings, saveSharedSettings } from '../../floor/settings/shared-settings';
import { ERP_SETTING, readErpConfig } from '../erp/erp-config';
import { MAX_HOURS_KEY, maxHoursWithoutSuccess } from '../receivables/receivables-settings';
import { integrationOverview } from './integration-overview.service';

export interface IntegrationSettingsInput {
  syncTime: string;
  maxHoursWithoutSuccess: number;
}

/**
 * Agendamento and Tempo máximo sem sucesso: saved with their audit row in one transaction;
 * a new time re-arms the daily sync at once.
 */
export async function saveIntegrationSettings(
  core: Core,
  user: SessionUser,
  input: IntegrationSettingsInput,
): Promise<IntegrationOverview> {
  await refreshSharedSettings(core);
  const before = {
    syncTime: readErpConfig(core).syncTime,
    maxHoursWithoutSuccess: maxHoursWithoutSuccess(core),
  };
  const changes: FieldChanges = {};
  if (before.syncTime !== input.syncTime)
    changes.syncTime = { before: before.syncTime, after: input.syncTime };
  if (before.maxHoursWithoutSuccess !== input.maxHoursWithoutSuccess)
    changes.maxHoursWithoutSuccess = {
      before: before.maxHoursWithoutSuccess,
      after: input.maxHoursWithoutSuccess,
    };
  if (Object.keys(changes).length) {
    const entries = {
      [ERP_SETTING.syncTime]: input.syncTime,
      [MAX_HOURS_KEY]: String(input.maxHoursWithoutSuccess),
    };
    await saveSharedSettings(core, entries, () =>
      insertAudit(core.db, {
        at: core.now().toISOString(),
        userId: user.id,
        userName: user.name,
        entity: 'settings',
        entityId: 'integration',
        action: 'Integração → Dados ERP: agendamento ou tempo máximo sem sucesso alterado',
        changes,
      }),
    );
  }
  if (changes.syncTime) core.scheduler.reschedule();
  return integrationOverview(core);
}
