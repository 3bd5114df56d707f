/**
 * Business dates live in America/Sao_Paulo whatever the agent's machine clock says.
 * Only Intl is used: it carries the IANA history, so dates from the DST years (until 2019)
 * still convert correctly.
 */

export const BUSINESS_TZ = 'America/Sao_Paulo';

export interface SaoPauloParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

const partsFormatter = new Intl.DateTimeFormat('en-US', {
  timeZone: BUSINESS_TZ,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

const pad2 = (n: number): string => String(n).padStart(2, '0');
const pad4 = (n: number): string => String(n).padStart(4, '0');

/** Wall-clock fields of an instant as seen in São Paulo. */
export function toSaoPauloParts(date: Date): SaoPauloParts {
  const fields: Record<string, number> = {};
  for (const part of partsFormatter.formatToParts(date)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year ?? NaN,
    month: fields.month ?? NaN,
    day: fields.day ?? NaN,
    hour: fields.hour ?? NaN,
    minute: fields.minute ?? NaN,
    second: fields.second ?? NaN,
  };
}

function isoDateOf(parts: SaoPauloParts): string {
  return `${pad4(parts.year)}-${pad2(parts.month)}-${pad2(parts.day)}`;
}

/** 'YYYY-MM-DD' of the São Paulo calendar day containing `now`. */
export function todayInSaoPaulo(now: Date = new Date()): string {
  return isoDateOf(toSaoPauloParts(now));
}

// Calendar arithmetic runs on UTC midnights, where every day has exactly 24 hours.
function utcMidnight(isoDate: string): number {
  const match = ISO_DATE.exec(isoDate);
  if (!match) throw new RangeError(`expected YYYY-MM-DD: "${isoDate}"`);
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (new Date(ms).toISOString().slice(0, 10) !== isoDate) throw new RangeError(`no such date: "${isoDate}"`);
  return ms;
}

export function addDays(isoDate: string, days: number): string {
  return new Date(utcMidnight(isoDate) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whole calendar days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((utcMidnight(b) - utcMidnight(a)) / MS_PER_DAY);
}

/** '2025-03-17' or an ISO datetime → '17/03/2025' (datetimes in São Paulo time); unparseable text is returned as is. */
export function formatDateBR(value: string): string {
  const dateOnly = ISO_DATE.exec(value);
  if (dateOnly) return `${dateOnly[3]}/${dateOnly[2]}/${dateOnly[1]}`;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const p = toSaoPauloParts(date);
  return `${pad2(p.day)}/${pad2(p.month)}/${pad4(p.year)}`;
}

/** ISO datetime → '17/03/2025 14:05' in São Paulo time; unparseable text is returned as is. */
export function formatDateTimeBR(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const p = toSaoPauloParts(date);
  return `${pad2(p.day)}/${pad2(p.month)}/${pad4(p.year)} ${pad2(p.hour)}:${pad2(p.minute)}`;
}

// Offset (ms, local minus UTC) that São Paulo had at a given instant.
function offsetAt(utcMs: number): number {
  const wholeSecond = Math.floor(utcMs / 1000) * 1000;
  const p = toSaoPauloParts(new Date(wholeSecond));
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - wholeSecond;
}

/**
 * The instant at which São Paulo clocks showed `isoDate` `hhmm`.
 * DST edges follow the usual "compatible" rule: a time skipped by the spring-forward jump
 * is read with the offset before the jump (so it lands an hour later), and a time that
 * happened twice at fall-back resolves to the first occurrence.
 */
export function saoPauloLocalToUtc(isoDate: string, hhmm: string): Date {
  const time = HH_MM.exec(hhmm);
  if (!time) throw new RangeError(`expected HH:mm: "${hhmm}"`);
  const wallMs = utcMidnight(isoDate) + (Number(time[1]) * 60 + Number(time[2])) * 60_000;

  // DST transitions are months apart, so a day either side brackets at most one of them.
  const offsetBefore = offsetAt(wallMs - MS_PER_DAY);
  const offsetAfter = offsetAt(wallMs + MS_PER_DAY);
  const candidates = [offsetBefore, offsetAfter]
    .map((offset) => wallMs - offset)
    .filter((utcMs) => wallMs - offsetAt(utcMs) === utcMs)
    .sort((x, y) => x - y);
  return new Date(candidates[0] ?? wallMs - offsetBefore);
}

/** Next instant strictly after `now` at which São Paulo clocks show `hhmm` (daily jobs, e.g. '01:00'). */
export function nextDailyRun(now: Date, hhmm: string): Date {
  let day = todayInSaoPaulo(now);
  for (;;) {
    const run = saoPauloLocalToUtc(day, hhmm);
    if (run.getTime() > now.getTime()) return run;
    day = addDays(day, 1);
  }
}
