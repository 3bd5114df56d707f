import { toSaoPauloParts } from '../../../../../shared/domain/dates';

const HOUR_MS = 3_600_000;

/**
 * Excel dates have no time zone: exceljs writes a Date by its UTC fields. To show São Paulo
 * wall-clock time, each instant is shifted by the offset São Paulo had then. Offsets only change
 * on whole hours, so one Intl lookup per hour of data is enough (rows arrive sorted by time).
 */
export function createWallClock(): (iso: string) => Date {
  let bucket = Number.NaN;
  let offset = 0;
  return (iso) => {
    const ms = Date.parse(iso);
    const hour = Math.floor(ms / HOUR_MS);
    if (hour !== bucket) {
      bucket = hour;
      const p = toSaoPauloParts(new Date(hour * HOUR_MS));
      offset = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - hour * HOUR_MS;
    }
    return new Date(ms + offset);
  };
}
