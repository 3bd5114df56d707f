import type { FloorStatus } from '../../../shared/ipc/dto/floor';
import { useChannelQuery } from '../../lib/query';

/** The seat's link to the central database; refetched on every floor.status event (query-events). */
export function useFloorStatus(): FloorStatus | null {
  return useChannelQuery('floor.status', {}, { staleTime: Infinity }).data ?? null;
}
