/** Option lists and helpers of the files DTOs (shared/ipc/dto/client-files.ts holds types only). */

export const DEFAULT_MAX_FILE_BYTES = 25 * 1024 * 1024;

/** "1,5 MB" — sizes as an agent reads them. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toLocaleString('pt-BR', { maximumFractionDigits: 1 })} ${units[unit]}`;
}
