/**
 * Which settings the floor shares and where their secrets are. Every setting is shared unless
 * it describes this desktop itself (its install id and name, its scheduler bookkeeping, its
 * cache of the ERP's answers, its floor cursor), so a setting added later is shared by default.
 */
const LOCAL_PREFIXES = ['install.', 'jobs.', 'receivables.syncHost.', 'floor.'];
const LOCAL_KEYS = new Set(['is_demo', 'integration.erpIdentity']);

export const isSharedSettingKey = (key: string): boolean =>
  !LOCAL_KEYS.has(key) && !LOCAL_PREFIXES.some((p) => key.startsWith(p));

/** Secret-bearing settings: the whole value (null) or one field of its JSON. */
const SECRET_FIELDS: Record<string, string | null> = {
  'erp.tokenCipher': null,
  'bureau.config': 'passwordCipher',
  'email.smtp': 'passwordCipher',
};

export const hasSecret = (key: string): boolean => key in SECRET_FIELDS;

/** The sealed secret inside a setting's value, or null when it has none. */
export function secretOf(key: string, value: string | undefined): string | null {
  if (!hasSecret(key) || !value) return null;
  const field = SECRET_FIELDS[key];
  if (field === null || field === undefined) return value;
  try {
    const v = (JSON.parse(value) as Record<string, unknown>)[field];
    return typeof v === 'string' && v !== '' ? v : null;
  } catch {
    return null;
  }
}

/** The value with its secret replaced (null removes it). */
export function withSecret(key: string, value: string, secret: string | null): string {
  const field = SECRET_FIELDS[key];
  if (field === undefined) return value;
  if (field === null) return secret ?? '';
  return JSON.stringify({ ...(JSON.parse(value) as Record<string, unknown>), [field]: secret });
}
