import type { Permission } from '../../shared/auth/permissions';
import { MESSAGES } from '../../shared/ipc/messages';
import { useCan } from '../modules/auth/store';

/** Whether the user may do it and, when not, the sentence shown on hover. */
export function usePermission(permission: Permission): { allowed: boolean; reason: string | undefined } {
  const allowed = useCan(permission);
  return {
    allowed,
    reason: allowed ? undefined : MESSAGES.FORBIDDEN({ permission }),
  };
}
