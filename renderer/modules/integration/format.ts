export { formatDateTimeSecondsBR, formatDurationBR } from '../../../shared/domain/date-range-format';

const oneDecimal = new Intl.NumberFormat('pt-BR', { maximumFractionDigits: 1 });
const UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'];

/** 11_744_051 → "11,2 MB" (powers of 1024, as Windows Explorer shows sizes). */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : oneDecimal.format(value)} ${UNITS[unit]}`;
}

export const countBR = new Intl.NumberFormat('pt-BR');
