/**
 * The guarantee behind every log line and the diagnostics text: no password, token or CPF in
 * clear, whatever a caller passed. Keys that name a secret lose their value; strings lose
 * bearer tokens, credentials in URLs and anything shaped like a CPF.
 */
const SECRET_KEY = /pass(word)?|senha|token|secret|authorization|cookie|cipher|api[-_]?key|credential/i;
const CPF = /\b\d{3}\.?\d{3}\.?\d{3}-?\d{2}\b/g;
const BEARER = /\b(Bearer|Basic)\s+[^\s"',;]+/gi;
const URL_CREDENTIALS = /(\w+:\/\/)[^/\s:@]+:[^/\s@]+@/g;
// key=value, key: value and "key":"value" inside free text (query strings, stacks, JSON bodies).
const INLINE_SECRET =
  /(\b(?:password|passwd|senha|token|access_token|refresh_token|secret|api[-_]?key)"?\s*[:=]\s*"?)[^\s"&,;)}]+/gi;

export const REDACTED = '[oculto]';

export function redactText(text: string): string {
  return text
    .replace(BEARER, `$1 ${REDACTED}`)
    .replace(URL_CREDENTIALS, `$1${REDACTED}@`)
    .replace(INLINE_SECRET, `$1${REDACTED}`)
    .replace(CPF, '***.***.***-**');
}

export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value instanceof Error) return redactText(value.stack ?? `${value.name}: ${value.message}`);
  if (value === null || typeof value !== 'object') return value;
  if (depth > 6) return '[…]';
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = SECRET_KEY.test(k) ? REDACTED : redact(v, depth + 1);
  return out;
}
