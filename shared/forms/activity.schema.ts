/** Atividades: the title and moment rules shared by the activity dialog and clientActivities.create. */
import { z } from 'zod';
import '../zod-locale';
import { saoPauloLocalToUtc } from '../domain/dates';
import { requiredText } from '../ipc/channel-spec';
import { ACTIVITY_KINDS } from '../domain/activities';

export const activityTitle = requiredText('O título', 160);
export const activityDueAt = z.iso.datetime({ offset: true, message: 'Data e hora inválidas.' });

/** The dialog types São Paulo's date and time apart; the stored moment is UTC. */
export interface ActivityFormValues {
  kind: (typeof ACTIVITY_KINDS)[number];
  title: string;
  date: string;
  time: string;
}

export const activityFormSchema = z
  .object({
    kind: z.enum(ACTIVITY_KINDS),
    title: activityTitle,
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Informe data e hora.'),
    time: z.string().regex(/^\d{2}:\d{2}$/, 'Informe data e hora.'),
  })
  .transform(({ kind, title, date, time }) => ({
    kind,
    title,
    dueAt: saoPauloLocalToUtc(date, time).toISOString(),
  }));
export type ActivityFormOutput = z.output<typeof activityFormSchema>;
