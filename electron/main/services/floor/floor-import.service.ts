/** "Importar dados deste computador": this desktop's shared data into the joined, empty central database. */
import type { FloorImportReport } from '../../../../shared/ipc/dto/floor';
import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import { withFloorWrite } from '../../floor/floor-controller';
import { floorKysely } from '../../floor/floor-db';
import { importIntoFloor } from '../../floor/import/floor-import';
import type { FloorImportStep } from '../../floor/import/import-step';
import { floorImportSteps } from '../../floor/import/steps';
import type { SharedSchema } from '../../floor/shared-schema';

export async function importThisDesktop(
  core: Core,
  steps: readonly FloorImportStep[] = floorImportSteps(core),
): Promise<FloorImportReport> {
  const pool = core.floor.pool;
  if (core.floor.mode !== 'floor' || !pool) throw new AppFailure('floor.notJoined');
  return withFloorWrite(core, () =>
    importIntoFloor(core.db, floorKysely<SharedSchema>(pool), steps, {
      now: () => core.now(),
      onProgress: (p) => core.events.emit('floor.import.progress', p),
    }),
  );
}
