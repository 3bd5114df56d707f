import { authStatus, login, logout, logoutEverywhere, setupFirstAdmin } from '../services/auth/auth.service';
import {
  floorAuthStatus,
  floorLogin,
  floorLogoutEverywhere,
  floorSetupFirstAdmin,
} from '../floor/accounts/floor-auth.service';
import { defineHandlers, requireUser } from './registry';

export const authHandlers = defineHandlers({
  // Floor mode: the users and the throttling counts live in the central database.
  'auth.status': ({ core, sessionKey, device }) =>
    core.floor.pool ? floorAuthStatus(core, sessionKey, device) : authStatus(core, sessionKey, device),
  'auth.setup': ({ core, sessionKey }, input) =>
    core.floor.pool
      ? floorSetupFirstAdmin(core, sessionKey, input)
      : setupFirstAdmin(core, sessionKey, input),
  'auth.login': ({ core, sessionKey, source, device }, input) =>
    core.floor.pool
      ? floorLogin(core, sessionKey, input, source, device)
      : login(core, sessionKey, input, source, device),
  'auth.logout': async ({ core, sessionKey, device }) => {
    await logout(core, sessionKey, device);
    return null;
  },
  'auth.logoutEverywhere': async (ctx) => {
    const { core, user, device } = requireUser(ctx);
    await (core.floor.pool ? floorLogoutEverywhere : logoutEverywhere)(core, user.id, device);
    return null;
  },
});
