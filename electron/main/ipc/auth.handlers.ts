import { authStatus, login, logout, setupFirstAdmin } from '../services/auth/auth.service';
import { defineHandlers } from './registry';

export const authHandlers = defineHandlers({
  'auth.status': ({ core, sessionKey }) => authStatus(core, sessionKey),
  'auth.setup': ({ core, sessionKey }, input) => setupFirstAdmin(core, sessionKey, input),
  'auth.login': ({ core, sessionKey }, input) => login(core, sessionKey, input),
  'auth.logout': ({ core, sessionKey }) => {
    logout(core, sessionKey);
    return null;
  },
});
