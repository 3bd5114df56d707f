import { authStatus, login, logout, logoutEverywhere, setupFirstAdmin } from '../services/auth/auth.service';
import {
  floorAuthStatus,
  floorLogin,
  floorLogoutEverywhere,
  floorSetupFirstAdmin,
} from '../floor/accounts/floor-auth.service';
import { usesFloorAccounts } from '../floor/accounts/floor-accounts';
import { defineHandlers, requireUser } from './registry';

export const authHandlers = defineHandlers({
  // Floor mode: the users and the throttling counts live in the central database.
  'auth.status': async ({ core, sessionKey, device }) =>
    (await usesFloorAccounts(core))
      ? floorAuthStatus(core, sessionKey, device)
      : authStatus(core, sessionKey, device),
  'auth.setup': async ({ core, sessionKey }, input) =>
    (await usesFloorAccounts(core))
      ? floorSetupFirstAdmin(core, sessionKey, input)
      : setupFirstAdmin(core, sessionKey, input),
  'auth.login': async ({ core, sessionKey, source, device }, input) =>
    (await usesFloorAccounts(core))
      ? floorLogin(core, sessionKey, input, source, device)
      : login(core, sessionKey, input, source, device),
  'auth.logout': async ({ core, sessionKey, device }) => {
    await logout(core, sessionKey, device);
    return null;
  },
  'auth.logoutEverywhere': async (ctx) => {
    const { core, user, device } = requireUser(ctx);
    await ((await usesFloorAccounts(core)) ? floorLogoutEverywhere : logoutEverywhere)(core, user.id, device);
    return null;
  },
});
