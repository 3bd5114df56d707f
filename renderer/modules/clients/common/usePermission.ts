import { permissionLabel, type Permission } from '../../../../shared/auth/permissions';
import { useCan } from '../../auth/store';

/** Whether the user may do it and, when not, the sentence shown on hover. */
export function usePermission(permission: Permission): { allowed: boolean; reason: string | undefined } {
  const allowed = useCan(permission);
  return {
    allowed,
    reason: allowed
      ? undefined
      : `Você não tem a permissão "${permissionLabel(permission)}". Peça a um administrador.`,
  };
}
