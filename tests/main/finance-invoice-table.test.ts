import { describe, expect, it } from 'vitest';
import type { OpenBoleto } from '../../shared/ipc/dto/finance';
import {
  environmentsOf,
  filterBoletos,
  pageOf,
  showingLabel,
} from '../../renderer/modules/finance/invoice-table';

const boleto = (n: number, environment = 'Distribuidora'): OpenBoleto => ({
  id: `3000-${String(n).padStart(10, '0')}`,
  dueDate: `2026-12-${String((n % 28) + 1).padStart(2, '0')}`,
  amountCents: 10_000 + n,
  environment,
  digitableLine: null,
});

describe('Faturas abertas: search, ambiente filter and paging', () => {
  const all = Array.from({ length: 57 }, (_, i) =>
    boleto(i + 1, i % 3 === 0 ? 'Indústria' : 'Distribuidora'),
  );

  it('pages of 10/25/50 with "Mostrando de X até Y de Z registros"', () => {
    expect(showingLabel(pageOf(all, 1, 10))).toBe('Mostrando de 1 até 10 de 57 registros');
    expect(showingLabel(pageOf(all, 3, 25))).toBe('Mostrando de 51 até 57 de 57 registros');
    expect(pageOf(all, 2, 50).rows).toHaveLength(7);
    expect(pageOf(all, 9, 25).page).toBe(3);
    expect(showingLabel(pageOf([], 1, 10))).toBe('Mostrando de 0 até 0 de 0 registros');
  });

  it('finds by identifier, due date typed either way, amount, or ambiente without accents', () => {
    expect(filterBoletos(all, '0000000007', '').map((b) => b.id)).toEqual(['3000-0000000007']);
    expect(filterBoletos(all, '08-12-2026', '').map((b) => b.dueDate)).toEqual(['2026-12-08', '2026-12-08']);
    expect(filterBoletos(all, '08/12', '')).toHaveLength(2);
    expect(filterBoletos(all, 'R$ 100,57', '').map((b) => b.id)).toEqual(['3000-0000000057']);
    expect(filterBoletos(all, 'industria', '')).toHaveLength(19);
  });

  it('filters by ambiente and lists the ambientes sorted', () => {
    expect(filterBoletos(all, '', 'Indústria')).toHaveLength(19);
    expect(filterBoletos(all, '0000000002', 'Indústria')).toEqual([]);
    expect(environmentsOf(all)).toEqual(['Distribuidora', 'Indústria']);
  });
});
