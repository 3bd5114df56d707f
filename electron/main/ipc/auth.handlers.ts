import { authStatus, login, logout, logoutEverywhere, setupFirstAdmin } from '../services/auth/auth.service';
import { defineHandlers, requireUser } from './registry';

export const authHandlers = defineHandlers({
  'auth.status': ({ core, sessionKey, device }) => authStatus(core, sessionKey, device),
  'auth.setup': ({ core, sessionKey }, input) => setupFirstAdmin(core, sessionKey, input),
  'auth.login': ({ core, sessionKey, source, device }, input) =>
    login(core, sessionKey, input, source, device),
  'auth.logout': async ({ core, sessionKey, device }) => {
    await logout(core, sessionKey, device);
    return null;
  },
  'auth.logoutEverywhere': async (ctx) => {
    const { core, user, device } = requireUser(ctx);
    await logoutEverywhere(core, user.id, device);
    return null;
  },
});
