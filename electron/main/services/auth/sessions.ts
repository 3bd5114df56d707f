import type { SessionUser } from '../../../../shared/ipc/dto/auth';

/**
 * Who is logged in, per window. Kept in memory so a reload keeps the session and an app
 * restart ends it; "manter conectado" is persisted separately (remembered-login).
 */
export interface SessionStore {
  userFor(sessionKey: string): SessionUser | null;
  userIdFor(sessionKey: string): number | null;
  set(sessionKey: string, userId: number): void;
  clear(sessionKey: string): void;
  /** Drop every session of a user (deactivated, or password reset). */
  clearUser(userId: number): void;
  /** Forget cached users after a change to users, groups or permissions. */
  invalidate(): void;
}

export function createSessionStore(loadUser: (userId: number) => SessionUser | null): SessionStore {
  const sessions = new Map<string, number>();
  // Every call resolves its user; caching keeps that off the F9 hot path. The cache is dropped
  // on every users/groups change, so a new permission applies on the next call, without a restart.
  const cache = new Map<number, SessionUser | null>();
  const resolve = (id: number): SessionUser | null => {
    if (!cache.has(id)) cache.set(id, loadUser(id));
    return cache.get(id) ?? null;
  };
  return {
    userFor: (key) => {
      const id = sessions.get(key);
      if (id === undefined) return null;
      const user = resolve(id);
      if (!user) sessions.delete(key);
      return user;
    },
    userIdFor: (key) => sessions.get(key) ?? null,
    set: (key, userId) => void sessions.set(key, userId),
    clear: (key) => void sessions.delete(key),
    clearUser: (userId) => {
      for (const [key, id] of sessions) if (id === userId) sessions.delete(key);
      cache.delete(userId);
    },
    invalidate: () => cache.clear(),
  };
}
