/**
 * A rough remaining time for the first sync from the share of tables already read: the ERP does
 * not announce its row counts, so this is said as an estimate and only after the first table.
 */
export function syncEstimate(startedAt: string, now: Date, finished: number, total: number): string | null {
  const elapsedMs = now.getTime() - new Date(startedAt).getTime();
  if (finished === 0 || finished >= total || elapsedMs <= 0) return 'Estimando o tempo restante…';
  const remainingMin = Math.ceil((elapsedMs * (total - finished)) / finished / 60_000);
  return remainingMin <= 1 ? 'Falta cerca de 1 minuto.' : `Faltam cerca de ${remainingMin} minutos.`;
}
