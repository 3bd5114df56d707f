/** Contas a receber → bureau: one schema for the "Tempo máximo sem sucesso" field and receivables.settings.save. */
import { z } from 'zod';
import '../zod-locale';
import { maxHoursText, maxHoursWithoutSuccess } from './integration-schedule.schema';

export const receivablesSettingsSchema = z.object({ maxHoursWithoutSuccess });
export type ReceivablesSettings = z.output<typeof receivablesSettingsSchema>;

export interface ReceivablesSettingsFormValues {
  maxHoursWithoutSuccess: string;
}
export const receivablesSettingsFormSchema = z.object({ maxHoursWithoutSuccess: maxHoursText });
