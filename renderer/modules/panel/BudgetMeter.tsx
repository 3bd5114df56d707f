import type { BureauBudgetStatus } from '../../../shared/ipc/dto/panel';
import { money } from './format';
import styles from './Panel.module.css';

/** The month's estimated spending against the budget, with the 80 % and 100 % alerts. */
export function BudgetMeter({ budget }: { budget: BureauBudgetStatus }) {
  if (budget.level === 'none' || budget.monthlyBudgetCents === null)
    return <p className="muted">Sem orçamento mensal. Defina em Configurações → Bureau de crédito.</p>;
  const pct = budget.percent ?? 0;
  const text = `${money(budget.spentCents)} de ${money(budget.monthlyBudgetCents)} (${pct}%)`;
  const alert =
    budget.level === 'reached100'
      ? `Orçamento Deps do mês atingido (${pct}%).${budget.blockAtLimit ? ' Novas consultas estão bloqueadas.' : ''}`
      : budget.level === 'warn80'
        ? `Atenção: ${pct}% do orçamento Deps do mês já foi usado.`
        : null;
  return (
    <div className={styles.budget}>
      <div className={styles.meterRow}>
        <span>Orçamento do mês</span>
        <meter
          className={styles.meter}
          min={0}
          max={budget.monthlyBudgetCents || 1}
          low={budget.monthlyBudgetCents * 0.8}
          high={budget.monthlyBudgetCents * 0.99}
          optimum={0}
          value={Math.min(budget.spentCents, budget.monthlyBudgetCents)}
          aria-label="Uso do orçamento Deps do mês"
          aria-valuetext={text}
        />
        <strong data-testid="panel-budget">{text}</strong>
      </div>
      {alert && (
        <p
          role="alert"
          className={budget.level === 'reached100' ? styles.alertBad : styles.alertWarn}
          data-testid="panel-budget-alert"
        >
          {alert}
        </p>
      )}
    </div>
  );
}
