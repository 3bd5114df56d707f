import { daysBetween, formatDateTimeBR, todayInSaoPaulo } from '../../../shared/domain/dates';

/** "Hoje, 16:30" / "23/11/2026 14:00": the time is what matters today, the date otherwise. */
export function dueText(iso: string, today: string): string {
  const text = formatDateTimeBR(iso);
  const [date, time] = text.split(' ');
  const [d, m, y] = (date ?? '').split('/');
  return `${y}-${m}-${d}` === today ? `Hoje, ${time}` : text;
}

/** "Aberto hoje" / "Aberto há 1 dia" / "Aberto há 12 dias" (São Paulo calendar days). */
export function ageText(openedAt: string, today: string): string {
  const days = daysBetween(todayInSaoPaulo(new Date(openedAt)), today);
  if (days <= 0) return 'Aberto hoje';
  return days === 1 ? 'Aberto há 1 dia' : `Aberto há ${days} dias`;
}

export const clientLabel = (c: { erpCode: string; name: string }): string =>
  c.name.startsWith(c.erpCode) ? c.name : `${c.erpCode} ${c.name}`;
