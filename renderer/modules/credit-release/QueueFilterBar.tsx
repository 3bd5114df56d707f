import { useChannelQuery } from '../../lib/query';
import { Select } from '../../ui/Select';
import { AGE_BANDS, invalidBound } from './queueInput';
import { NO_FILTERS, useCreditReleaseUi, type AgeBand } from './store';
import styles from './CreditRelease.module.css';

const ALL_SELLERS = '*';

/** Seller, value range, age and client of the queue (the reasons are the counts above it). */
export function QueueFilterBar() {
  const filters = useCreditReleaseUi((s) => s.filters);
  const setFilters = useCreditReleaseUi((s) => s.setFilters);
  const sellers = useChannelQuery('creditRelease.sellers', {}).data ?? [];
  const bad = (text: string) => (invalidBound(text) ? styles.invalid : undefined);
  return (
    <div className={styles.filters} role="search" aria-label="Filtros da fila">
      <label>
        Cliente
        <input
          type="search"
          value={filters.client}
          placeholder="Nome, código ou CNPJ/CPF"
          onChange={(e) => setFilters({ client: e.target.value })}
        />
      </label>
      <div className={styles.filterField}>
        <span>Vendedor</span>
        <Select
          label="Vendedor"
          value={filters.sellerCode ?? ALL_SELLERS}
          onChange={(v) => setFilters({ sellerCode: v === ALL_SELLERS ? null : v })}
          options={[
            { value: ALL_SELLERS, label: 'Todos os vendedores' },
            ...sellers.map((s) => ({ value: s.code, label: s.name })),
          ]}
        />
      </div>
      <label>
        Valor mínimo (R$)
        <input
          className={`${styles.valueInput} ${bad(filters.minValue) ?? ''}`}
          inputMode="decimal"
          value={filters.minValue}
          aria-invalid={invalidBound(filters.minValue) || undefined}
          onChange={(e) => setFilters({ minValue: e.target.value })}
        />
      </label>
      <label>
        Valor máximo (R$)
        <input
          className={`${styles.valueInput} ${bad(filters.maxValue) ?? ''}`}
          inputMode="decimal"
          value={filters.maxValue}
          aria-invalid={invalidBound(filters.maxValue) || undefined}
          onChange={(e) => setFilters({ maxValue: e.target.value })}
        />
      </label>
      <div className={styles.filterField}>
        <span>Idade do pedido</span>
        <Select
          label="Idade do pedido"
          value={filters.age}
          onChange={(v) => setFilters({ age: v as AgeBand })}
          options={AGE_BANDS.map((b) => ({ value: b.value, label: b.label }))}
        />
      </div>
      <button type="button" onClick={() => setFilters(NO_FILTERS)}>
        Limpar filtros
      </button>
    </div>
  );
}
