import { describe, expect, it } from 'vitest';
import { syncEstimate } from '../../../renderer/modules/setup/syncEstimate';

describe('first-sync estimate', () => {
  const start = '2026-03-10T12:00:00.000Z';
  const at = (min: number) => new Date(Date.parse(start) + min * 60_000);

  it('waits for the first finished table before guessing', () => {
    expect(syncEstimate(start, at(3), 0, 12)).toBe('Estimando o tempo restante…');
  });

  it('extrapolates from the share of tables already read', () => {
    expect(syncEstimate(start, at(4), 4, 12)).toBe('Faltam cerca de 8 minutos.');
    expect(syncEstimate(start, at(1), 11, 12)).toBe('Falta cerca de 1 minuto.');
  });
});
