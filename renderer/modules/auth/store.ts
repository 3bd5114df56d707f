import { create } from 'zustand';
import type { AuthStatus, SessionUser } from '../../../shared/ipc/dto/auth';
import type { AppError } from '../../../shared/ipc/result';
import type { Permission } from '../../../shared/auth/permissions';
import { call } from '../../lib/api';

interface AuthState {
  status: AuthStatus | null;
  fatal: AppError | null;
  load(): Promise<void>;
  setUser(user: SessionUser | null): void;
  logout(): Promise<void>;
  /** Sair de todos os dispositivos: every window and every "manter conectado" of this user. */
  logoutEverywhere(): Promise<void>;
}

export const useAuth = create<AuthState>((set, get) => ({
  status: null,
  fatal: null,
  async load() {
    const r = await call('auth.status', {});
    if (r.ok) set({ status: r.value, fatal: null });
    else set({ fatal: r.error });
  },
  setUser(user) {
    const status = get().status;
    if (status) set({ status: { ...status, user, needsSetup: false } });
  },
  async logout() {
    await call('auth.logout', {});
    await get().load();
  },
  async logoutEverywhere() {
    await call('auth.logoutEverywhere', {});
    await get().load();
  },
}));

export const useCurrentUser = (): SessionUser | null => useAuth((s) => s.status?.user ?? null);

export const useCan = (permission: Permission): boolean =>
  useAuth((s) => s.status?.user?.permissions.includes(permission) ?? false);
