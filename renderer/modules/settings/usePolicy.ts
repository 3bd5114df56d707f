import { useEffect, useState } from 'react';
import type { PolicyField, PolicyView } from '../../../shared/ipc/dto/policy';
import { call } from '../../lib/api';

/** The machine policy as main reports it; `locked(field)` tells a form which inputs to disable. */
export function usePolicy() {
  const [policy, setPolicy] = useState<PolicyView | null>(null);
  useEffect(() => {
    let live = true;
    void call('policy.get', {}).then((r) => live && r.ok && setPolicy(r.value));
    return () => {
      live = false;
    };
  }, []);
  const locked = (field: PolicyField) => policy?.locked.some((l) => l.field === field) ?? false;
  return { policy, locked };
}
