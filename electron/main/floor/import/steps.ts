/**
 * Every step of "Importar dados deste computador", in the order they run (a step may rely on
 * rows an earlier one copied, e.g. users before the activities they own). Each part of floor
 * mode adds its own `<part>.import.ts` here.
 */
import type { Core } from '../../core-types';
import { NO_FLOOR_KEY } from '../secrets/floor-key';
import { accountsImportStep } from './accounts.import';
import { clientRecordsImportStep } from './client-records.import';
import { creditImportStep } from './credit.import';
import type { FloorImportStep } from './import-step';
import { jobRunsImportStep } from './job-runs.import';
import { ledgerImportStep } from './ledger.import';
import { createSettingsImportStep } from './settings.import';

export function floorImportSteps(core: Core): readonly FloorImportStep[] {
  return [
    accountsImportStep,
    // Secrets are re-sealed with the floor key, so the settings step needs this desktop's store.
    createSettingsImportStep({
      localSecrets: core.secrets,
      floorKey: core.policy.floorKey ?? NO_FLOOR_KEY,
      now: () => core.now(),
    }),
    clientRecordsImportStep,
    ledgerImportStep,
    creditImportStep,
    jobRunsImportStep,
  ];
}
