import type { PolicyField } from '../../../shared/ipc/dto/policy';
import { useChannelQuery } from '../../lib/query';

/** The machine policy as main reports it; `locked(field)` tells a form which inputs to disable. */
export function usePolicy() {
  const policy = useChannelQuery('policy.get', {}).data ?? null;
  const locked = (field: PolicyField) => policy?.locked.some((l) => l.field === field) ?? false;
  return { policy, locked };
}
