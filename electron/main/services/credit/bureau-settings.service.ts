import type { BureauProduct, BureauSettingsView } from '../../../../shared/ipc/dto/bureau';
import type { SessionUser } from '../../../../shared/ipc/dto/auth';
import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import { diffFields, insertAudit } from '../../db/repos/audit.repo';
import { BUREAU_CONFIG_KEY, type BureauConfig } from '../../db/repos/bureau-settings.repo';
import { sharedSecrets } from '../../floor/secrets/shared-secrets';
import { refreshSharedSettings, saveSharedSettings } from '../../floor/settings/shared-settings';
import { createBureauClient } from '../../gateways/bureau/bureau-client';
import { describeCertificate, readCaPem } from '../../gateways/bureau/spki';
import { X509Certificate } from 'node:crypto';
import { effectiveBureauConfig, forgetBureauSession, savedPassword } from './bureau-connection';
import { assertNotLocked } from '../../policy/policy-locks';

export interface BureauConnectionInput {
  url: string;
  email: string;
  password?: string | null;
  /** undefined keeps the saved CA; null removes it. */
  caPem?: string | null;
  spkiPin: string | null;
}

export interface BureauSettingsInput extends BureauConnectionInput {
  products: BureauProduct[];
  defaultProductF: string | null;
  defaultProductJ: string | null;
  receivablesDailySync: boolean;
}

/** Node obeys this variable for every connection that does not say otherwise; the bureau's agent does. */
export const insecureTlsEnvironment = (): boolean => process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0';

async function passwordState(core: Core, config: BureauConfig) {
  if (!config.passwordCipher) return { passwordState: 'none' as const, passwordProblem: null };
  try {
    await sharedSecrets(core).decrypt(config.passwordCipher);
    return { passwordState: 'saved' as const, passwordProblem: null };
  } catch (e) {
    if (!(e instanceof AppFailure)) throw e;
    return { passwordState: 'unreadable' as const, passwordProblem: e.message };
  }
}

export async function bureauSettingsView(core: Core): Promise<BureauSettingsView> {
  await refreshSharedSettings(core);
  const config = effectiveBureauConfig(core);
  const secrets = sharedSecrets(core);
  const availability = await secrets.availability();
  return {
    url: config.url,
    email: config.email,
    ...(await passwordState(core, config)),
    products: config.products,
    defaultProductF: config.defaultProductF,
    defaultProductJ: config.defaultProductJ,
    caCertificate: config.caPem ? describeCertificate(new X509Certificate(config.caPem), core.now()) : null,
    spkiPin: config.spkiPin,
    receivablesDailySync: config.receivablesDailySync,
    protection: {
      kind: secrets.kind,
      note: secrets.protectionNote,
      available: availability.ok,
      reason: availability.ok ? null : availability.reason,
    },
    insecureTlsEnvironment: insecureTlsEnvironment(),
  };
}

function normalizedCa(pem: string | null | undefined, saved: string | null, now: Date): string | null {
  if (pem === undefined) return saved;
  return pem === null || pem.trim() === '' ? null : readCaPem(pem, now).pem;
}

function checkDefault(id: string | null, products: BureauProduct[], personType: 'F' | 'J'): void {
  if (id === null) return;
  const product = products.find((p) => p.id === id);
  if (!product || product.personType !== personType) {
    throw new AppFailure('credit.defaultProductWrongKind', { personType });
  }
}

const normalizedUrl = (url: string): string => url.trim().replace(/\/+$/, '');

/**
 * The saved password only ever goes to the address and account it was typed for: pointing the
 * settings elsewhere requires typing it again, so it cannot be sent to a server of one's choice.
 */
function requirePasswordForNewTarget(saved: BureauConfig, input: BureauConnectionInput): void {
  if (input.password || !saved.passwordCipher) return;
  const sameTarget =
    normalizedUrl(input.url) === saved.url && input.email.trim().toLowerCase() === saved.email.toLowerCase();
  if (!sameTarget) {
    throw new AppFailure('credit.bureauPasswordRetype');
  }
}

/** Encrypts first: if the OS cannot encrypt, nothing at all is saved and the admin is told why. */
async function encryptPassword(core: Core, password: string): Promise<string> {
  const secrets = sharedSecrets(core);
  const availability = await secrets.availability();
  if (!availability.ok)
    throw new AppFailure('secrets.encryptionUnavailable', { reason: availability.reason });
  return secrets.encrypt(password);
}

export async function saveBureauSettings(
  core: Core,
  user: SessionUser,
  input: BureauSettingsInput,
): Promise<BureauSettingsView> {
  const now = core.now();
  assertNotLocked(core, 'bureauUrl', normalizedUrl(input.url));
  await refreshSharedSettings(core);
  const before = effectiveBureauConfig(core);
  requirePasswordForNewTarget(before, input);
  const caPem = normalizedCa(input.caPem, before.caPem, now);
  checkDefault(input.defaultProductF, input.products, 'F');
  checkDefault(input.defaultProductJ, input.products, 'J');
  const passwordCipher = input.password ? await encryptPassword(core, input.password) : before.passwordCipher;
  const after: BureauConfig = {
    ...before,
    url: normalizedUrl(input.url),
    email: input.email.trim(),
    passwordCipher,
    products: input.products,
    defaultProductF: input.defaultProductF,
    defaultProductJ: input.defaultProductJ,
    caPem,
    spkiPin: input.spkiPin,
    receivablesDailySync: input.receivablesDailySync,
  };
  const changes = diffFields(before, after, [
    'url',
    'email',
    'defaultProductF',
    'defaultProductJ',
    'spkiPin',
    'receivablesDailySync',
  ]);
  if (before.caPem !== after.caPem) changes.caCertificate = { before: !!before.caPem, after: !!after.caPem };
  // Only the fact that the password changed is recorded, never a byte of it.
  if (input.password)
    changes.password = { before: before.passwordCipher ? 'salva' : null, after: 'alterada' };
  await saveSharedSettings(core, { [BUREAU_CONFIG_KEY]: JSON.stringify(after) }, () =>
    insertAudit(core.db, {
      at: now.toISOString(),
      userId: user.id,
      userName: user.name,
      entity: 'settings',
      entityId: 'bureau',
      action: 'Configurações do bureau de crédito alteradas',
      changes,
    }),
  );
  forgetBureauSession(core);
  // The 01:00 receivables job is armed only while its toggle is on.
  core.scheduler.reschedule();
  return bureauSettingsView(core);
}

/** The "…" button: a login with what the admin typed (or the saved password) returns the products. */
export async function fetchBureauProducts(
  core: Core,
  input: BureauConnectionInput,
): Promise<BureauProduct[]> {
  assertNotLocked(core, 'bureauUrl', normalizedUrl(input.url));
  const saved = effectiveBureauConfig(core);
  if (!input.password && !saved.passwordCipher) {
    throw new AppFailure('credit.bureauPasswordForProducts');
  }
  requirePasswordForNewTarget(saved, input);
  const password = input.password || (await savedPassword(core, saved));
  const client = await createBureauClient(
    {
      baseUrl: normalizedUrl(input.url),
      email: input.email,
      password,
      tls: { caPem: normalizedCa(input.caPem, saved.caPem, core.now()), spkiPin: input.spkiPin },
      timeoutMs: saved.timeoutMs,
      http: core.http,
    },
    { get: () => null, set: () => undefined },
  );
  try {
    const session = await client.login();
    if (session.products.length === 0) {
      throw new AppFailure('credit.bureauNoProducts');
    }
    return session.products;
  } finally {
    client.close();
  }
}
