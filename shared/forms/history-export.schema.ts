/**
 * Configurações → Integração → Histórico → Download: one period and table rule for the form and
 * for integration.history.export. The form adds "not in the future" against today's date in São
 * Paulo; main checks that part against its own clock.
 */
import { z } from 'zod';
import { dateRangeProblem } from '../domain/date-range';
import { HISTORY_TABLE_KEYS, type HistoryTableKey } from '../domain/integration-tables';
import { isoDate } from '../ipc/channel-spec';

const tables = z
  .array(z.enum(HISTORY_TABLE_KEYS, { message: 'Tabela desconhecida.' }))
  .min(1, 'Escolha pelo menos uma tabela.')
  .max(HISTORY_TABLE_KEYS.length);

const period = (today?: string) =>
  z.object({ from: isoDate, to: isoDate, tables }).superRefine((r, ctx) => {
    const problem = dateRangeProblem(r, today);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['to'] });
  });

/** integration.history.export's input (the clock-free part of the rule). */
export const historyExportSchema = period();

/** The Histórico form on `today` ('YYYY-MM-DD' in São Paulo). */
export const historyExportFormSchema = (today: string) => period(today);

export interface HistoryExportFormValues {
  from: string;
  to: string;
  tables: HistoryTableKey[];
}
