import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import { getBureauConfig, type BureauConfig } from '../../db/repos/bureau-settings.repo';
import { createBureauClient, type BureauClient, type TokenHolder } from '../../gateways/bureau/bureau-client';
import { policyValue } from '../../policy/policy-locks';
import { sharedSecrets } from '../../floor/secrets/shared-secrets';
import { refreshSharedSettings } from '../../floor/settings/shared-settings';

/** The saved settings, with the bureau URL of the machine policy when it sets one. */
export function effectiveBureauConfig(core: Core): BureauConfig {
  const config = getBureauConfig(core.db);
  return { ...config, url: policyValue(core, 'bureauUrl') ?? config.url };
}

/** Tokens live only in memory, one per core and per saved configuration (never on disk). */
function tokenHolder(core: Core, fingerprint: string): TokenHolder {
  return {
    get: () => {
      const held = core.state.bureauSession;
      return held && held.fingerprint === fingerprint ? held.session : null;
    },
    set: (session) => void (core.state.bureauSession = { fingerprint, session }),
  };
}

export function forgetBureauSession(core: Core): void {
  core.state.bureauSession = null;
}

/** Decrypts the saved password; SECRET_UNREADABLE propagates (re-entry needed, never plain text). */
export async function savedPassword(core: Core, config: BureauConfig): Promise<string> {
  if (!config.passwordCipher) {
    throw new AppFailure('bureau.passwordNotSaved');
  }
  return sharedSecrets(core).decrypt(config.passwordCipher);
}

/** A client for the saved settings, for the query flow. */
export async function bureauClientFromSettings(core: Core): Promise<BureauClient> {
  // Floor mode: a password an admin just changed on another seat is the one this query sends.
  await refreshSharedSettings(core);
  const config = effectiveBureauConfig(core);
  if (!config.url || !config.email) {
    throw new AppFailure('bureau.notConfigured');
  }
  let password: string;
  try {
    password = await savedPassword(core, config);
  } catch (e) {
    // The floor key's own sentence says what to do (ask IT for the key), retyping would not help.
    if (e instanceof AppFailure && e.code === 'SECRET_UNREADABLE' && !e.key?.startsWith('floor.')) {
      throw new AppFailure('bureau.passwordUnreadable');
    }
    throw e;
  }
  const fingerprint = JSON.stringify([
    config.url,
    config.email,
    config.passwordCipher,
    config.caPem,
    config.spkiPin,
  ]);
  return createBureauClient(
    {
      baseUrl: config.url,
      email: config.email,
      password,
      tls: { caPem: config.caPem, spkiPin: config.spkiPin },
      timeoutMs: config.timeoutMs,
      http: core.http,
    },
    tokenHolder(core, fingerprint),
  );
}
