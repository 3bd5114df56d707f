import { authStatus, login, logout, setupFirstAdmin } from '../services/auth/auth.service';
import { defineHandlers } from './registry';

export const authHandlers = defineHandlers({
  'auth.status': ({ core, sessionKey }) => authStatus(core, sessionKey),
  'auth.setup': ({ core, sessionKey }, input) => setupFirstAdmin(core, sessionKey, input),
  'auth.login': ({ core, sessionKey, source }, input) => login(core, sessionKey, input, source),
  'auth.logout': ({ core, sessionKey }) => {
    logout(core, sessionKey);
    return null;
  },
});
