/** Text for the integration page and its files: durations and second-precise times, in pt-BR. */
import { toSaoPauloParts } from './dates';

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** 812 → "812 ms"; 65_000 → "1 min 5 s"; 3_780_000 → "1 h 3 min". */
export function formatDurationBR(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const totalSeconds = Math.round(ms / 1000);
  if (totalSeconds < 60) return `${totalSeconds} s`;
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  if (hours > 0) return minutes ? `${hours} h ${minutes} min` : `${hours} h`;
  return seconds ? `${minutes} min ${seconds} s` : `${minutes} min`;
}

/** ISO instant → "17/03/2025 14:05:09" in São Paulo time; unparseable text is returned as is. */
export function formatDateTimeSecondsBR(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const p = toSaoPauloParts(date);
  return `${pad2(p.day)}/${pad2(p.month)}/${p.year} ${pad2(p.hour)}:${pad2(p.minute)}:${pad2(p.second)}`;
}
