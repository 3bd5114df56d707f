/**
 * Every step of "Importar dados deste computador", in the order they run (a step may rely on
 * rows an earlier one copied, e.g. users before the activities they own). Each part of floor
 * mode adds its own `<part>.import.ts` here.
 */
import type { FloorImportStep } from './import-step';

export const FLOOR_IMPORT_STEPS: readonly FloorImportStep[] = [];
