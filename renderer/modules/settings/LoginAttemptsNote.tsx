import type { UserRow } from '../../../shared/ipc/dto/auth';

/** From this many failures on, each attempt waits longer (FREE_FAILURES in main). */
const FAILURES_BEFORE_WAIT = 5;

/** Worth an administrator's "Desbloquear acesso": waiting now, or the next failure would wait. */
export const mayUnlock = (u: UserRow): boolean =>
  Boolean(u.loginWaitSeconds) || (u.failedLoginAttempts ?? 0) >= FAILURES_BEFORE_WAIT;

export function LoginAttemptsNote({ user }: { user: UserRow }) {
  if (!mayUnlock(user)) return null;
  const wait = user.loginWaitSeconds ? `, acesso em espera por ${user.loginWaitSeconds} s` : '';
  return <span className="muted">{` · ${user.failedLoginAttempts ?? 0} tentativas sem sucesso${wait}`}</span>;
}
