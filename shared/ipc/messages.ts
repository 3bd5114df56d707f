/**
 * pt-BR sentences that main (at the registry edge) and the renderer (for its own guards) both
 * show, by error code, so the same situation is always told the same way.
 */
import { permissionLabel, type Permission } from '../auth/permissions';

export const MESSAGES = {
  FORBIDDEN: (d: { permission: Permission }): string =>
    `Você não tem a permissão "${permissionLabel(d.permission)}". Peça a um administrador.`,
} as const;
