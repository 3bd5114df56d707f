import { describe, expect, it } from 'vitest';
import { dateRangeProblem, lastDays, rangeDays, rangeInstants } from '../../shared/domain/date-range';

describe('history period rule (at most 7 days, never in the future)', () => {
  const today = '2026-03-12';

  it('accepts one to seven whole days ending today or earlier', () => {
    expect(dateRangeProblem({ from: '2026-03-12', to: '2026-03-12' }, today)).toBeNull();
    expect(dateRangeProblem({ from: '2026-03-06', to: '2026-03-12' }, today)).toBeNull();
    expect(rangeDays({ from: '2026-03-06', to: '2026-03-12' })).toBe(7);
    expect(dateRangeProblem({ from: '2025-12-29', to: '2026-01-04' }, today)).toBeNull();
  });

  it('refuses an eighth day with a message that says how long the period is', () => {
    expect(dateRangeProblem({ from: '2026-03-05', to: '2026-03-12' }, today)).toBe(
      'O período pode ter no máximo 7 dias; o escolhido tem 8. Diminua o intervalo.',
    );
    // Across a month end (February has 28 days in 2026).
    expect(dateRangeProblem({ from: '2026-02-22', to: '2026-03-01' })).toContain('tem 8');
  });

  it('refuses an end date after today, a reversed period and dates that do not exist', () => {
    expect(dateRangeProblem({ from: '2026-03-12', to: '2026-03-13' }, today)).toBe(
      'A data final não pode estar no futuro.',
    );
    // Without a clock only the clock-free part is checked (the zod schema in shared/).
    expect(dateRangeProblem({ from: '2026-03-12', to: '2026-03-13' })).toBeNull();
    expect(dateRangeProblem({ from: '2026-03-10', to: '2026-03-09' }, today)).toBe(
      'A data inicial deve ser igual ou anterior à data final.',
    );
    expect(dateRangeProblem({ from: '2026-02-30', to: '2026-03-01' }, today)).toBe('Informe a data inicial.');
    expect(dateRangeProblem({ from: '2026-03-01', to: '' }, today)).toBe('Informe a data final.');
  });

  it('covers whole São Paulo days, also in the daylight-saving years', () => {
    expect(rangeInstants({ from: '2026-03-10', to: '2026-03-12' })).toEqual({
      fromIso: '2026-03-10T03:00:00.000Z',
      toIso: '2026-03-13T03:00:00.000Z',
    });
    // Summer time (UTC-2) until 17/02/2018 23:59; 18/02 starts at UTC-3.
    expect(rangeInstants({ from: '2018-02-17', to: '2018-02-17' })).toEqual({
      fromIso: '2018-02-17T02:00:00.000Z',
      toIso: '2018-02-18T03:00:00.000Z',
    });
  });

  it('offers the last days ending today as the default period', () => {
    expect(lastDays('2026-03-02', 3)).toEqual({ from: '2026-02-28', to: '2026-03-02' });
  });
});
