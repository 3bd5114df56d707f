import schedule from 'node-schedule';
import { BUSINESS_TZ } from '../../../shared/domain/dates';

/** Calls `fire` every day at `hhmm` São Paulo time; returns the cancel. Tests inject a fake. */
export type DailyTrigger = (hhmm: string, fire: () => void) => () => void;

export const nodeScheduleTrigger: DailyTrigger = (hhmm, fire) => {
  const [hour, minute] = hhmm.split(':').map(Number) as [number, number];
  const job = schedule.scheduleJob({ hour, minute, second: 0, tz: BUSINESS_TZ }, fire);
  return () => job?.cancel();
};
