/** Option lists and helpers of the activities DTOs (shared/ipc/dto/client-activities.ts holds types only). */
import type { ActivityKind } from '../ipc/dto/client-activities';

export const ACTIVITY_KINDS = ['task', 'call', 'appointment'] as const;

export const ACTIVITY_KIND_LABEL: Record<ActivityKind, string> = {
  task: 'Tarefa',
  call: 'Chamada',
  appointment: 'Compromisso',
};

/** Todas / Fechadas / Abertas / Planejadas. */
export const ACTIVITY_FILTERS = ['all', 'closed', 'open', 'planned'] as const;
