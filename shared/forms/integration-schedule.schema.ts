/** Agendamento da integração: one schema for the form and for integration.settings.save. */
import { z } from 'zod';
import '../zod-locale';

export const syncTime = (message: string) => z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, message);

export const maxHoursWithoutSuccess = z
  .number({ message: 'Informe o tempo máximo sem sucesso em horas.' })
  .int('Informe um número inteiro de horas.')
  .min(1, 'O tempo máximo sem sucesso deve ser de pelo menos 1 hora.')
  .max(720, 'O tempo máximo sem sucesso deve ser de no máximo 720 horas (30 dias).');

export const integrationScheduleSchema = z.object({
  syncTime: syncTime('Informe o agendamento no formato HH:MM (00:00 a 23:59).'),
  maxHoursWithoutSuccess,
});
export type IntegrationSchedule = z.output<typeof integrationScheduleSchema>;

/** The form keeps the hours as typed; blank or "1,5" get the pt-BR message instead of NaN. */
export interface IntegrationScheduleFormValues {
  syncTime: string;
  maxHoursWithoutSuccess: string;
}

/** Hours as typed in a text field: blank or "1,5" get the pt-BR message instead of NaN. */
export const maxHoursText = z
  .string()
  .trim()
  .min(1, 'Informe o tempo máximo sem sucesso em horas.')
  .transform((v) => Number(v.replace(',', '.')))
  .pipe(maxHoursWithoutSuccess);

export const integrationScheduleFormSchema = z.object({
  syncTime: integrationScheduleSchema.shape.syncTime,
  maxHoursWithoutSuccess: maxHoursText,
});
