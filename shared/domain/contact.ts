/** Contact data typed by agents or imported from the ERP: e-mail, Brazilian phones, sites. */

// Deliberately pragmatic: catches typos agents make (spaces, missing @ or TLD), not every RFC 5322 form.
const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$/;

export function isValidEmail(value: string): boolean {
  const email = value.trim();
  if (email.length > 254 || !EMAIL.test(email)) return false;
  const local = email.slice(0, email.indexOf('@'));
  return local.length <= 64 && !local.startsWith('.') && !local.endsWith('.') && !local.includes('..');
}

/** Digits only: "(47) 3333-4444" → "4733334444". */
export function normalizePhone(value: string): string {
  return value.replace(/\D/g, '');
}

/** Area codes (DDD) in use in Brazil per Anatel; 11–99 is not enough, e.g. 20, 23 or 50 do not exist. */
export const BRAZIL_DDDS: ReadonlySet<string> = new Set(
  [
    '11 12 13 14 15 16 17 18 19', // SP
    '21 22 24 27 28', // RJ, ES
    '31 32 33 34 35 37 38', // MG
    '41 42 43 44 45 46 47 48 49', // PR, SC
    '51 53 54 55', // RS
    '61 62 63 64 65 66 67 68 69', // DF, GO, TO, MT, MS, AC, RO
    '71 73 74 75 77 79', // BA, SE
    '81 82 83 84 85 86 87 88 89', // PE, AL, PB, RN, CE, PI
    '91 92 93 94 95 96 97 98 99', // PA, AM, RR, AP, MA
  ].flatMap((region) => region.split(' ')),
);

/** Digits of a Brazilian phone as stored: DDD + number, the +55 country code dropped. */
export function nationalPhoneDigits(value: string): string {
  const digits = normalizePhone(value);
  return (digits.length === 12 || digits.length === 13) && digits.startsWith('55') ? digits.slice(2) : digits;
}
const nationalDigits = nationalPhoneDigits;

/** 10 digits = landline (subscriber starts 2–5), 11 digits = mobile (starts with 9); optional +55. */
export function isValidPhoneBR(value: string): boolean {
  const digits = nationalDigits(value);
  if (!BRAZIL_DDDS.has(digits.slice(0, 2))) return false;
  if (digits.length === 10) return /^[2-5]$/.test(digits.charAt(2));
  if (digits.length === 11) return digits.charAt(2) === '9';
  return false;
}

/** "(47) 3333-4444" / "(47) 99999-8888"; anything that is not 10 or 11 national digits is returned as is. */
export function formatPhoneBR(value: string): string {
  const digits = nationalDigits(value);
  const match = /^(\d{2})(\d{4,5})(\d{4})$/.exec(digits);
  return match ? `(${match[1]}) ${match[2]}-${match[3]}` : value;
}

/** Absolute http(s) URL with a host; other schemes (javascript:, file:, mailto:) are refused. */
export function isValidUrl(value: string): boolean {
  const text = value.trim();
  if (!/^https?:\/\//i.test(text)) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

// Particles that never become initials: "Maria da Silva" → "MS".
const PARTICLES = new Set(['da', 'das', 'de', 'do', 'dos', 'e']);

/** A contact's initials when none are typed: first and last word of the name. */
export function initialsOf(name: string): string {
  const words = name
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '' && !PARTICLES.has(w.toLowerCase()));
  const first = words[0]?.charAt(0) ?? '';
  const last = words.length > 1 ? (words[words.length - 1]?.charAt(0) ?? '') : '';
  return (first + last).toUpperCase();
}
