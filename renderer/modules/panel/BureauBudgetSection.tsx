import { useEffect, useRef, useState } from 'react';
import { formatBRL, parseBRL } from '../../../shared/domain/money';
import { errorMessage, useChannelMutation, useChannelQuery } from '../../lib/query';
import { ErrorNote } from '../../ui/ErrorNote';
import { notify } from '../../ui/toast-store';
import styles from './Panel.module.css';
import fieldCss from '../../ui/FormField.module.css';
import formCss from '../../ui/forms.module.css';

const toText = (cents: number | null | undefined): string => (cents == null ? '' : formatBRL(cents));

/**
 * Configurações → Bureau de crédito → Orçamento Deps: the price of each contracted product (for
 * the Painel's estimated cost), the monthly budget (alerts at 80 % and 100 %) and the optional
 * block, enforced in main before any query is sent.
 */
export function BureauBudgetSection() {
  const settings = useChannelQuery('bureau.settings.get', {});
  const budget = useChannelQuery('panel.budget.get', {});
  const save = useChannelMutation('panel.budget.save', {
    invalidates: ['panel.budget.get', 'panel.consumption'],
  });
  const [prices, setPrices] = useState<Record<string, string>>({});
  const [limit, setLimit] = useState('');
  const [block, setBlock] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // The saved values fill the form once: a later refetch never overwrites what is being typed.
  const filled = useRef(false);

  useEffect(() => {
    if (!budget.data || filled.current) return;
    filled.current = true;
    setPrices(Object.fromEntries(Object.entries(budget.data.pricesCents).map(([k, v]) => [k, toText(v)])));
    setLimit(toText(budget.data.monthlyBudgetCents));
    setBlock(budget.data.blockAtLimit);
  }, [budget.data]);

  const products = settings.data?.products ?? [];
  const submit = async () => {
    const pricesCents: Record<string, number> = {};
    for (const p of products) {
      const text = (prices[p.id] ?? '').trim();
      if (!text) continue;
      const cents = parseBRL(text);
      if (cents === null) return setProblem(`Preço inválido para ${p.name}. Use, por exemplo, 12,50.`);
      pricesCents[p.id] = cents;
    }
    const monthly = limit.trim() ? parseBRL(limit) : null;
    if (limit.trim() && monthly === null)
      return setProblem('Orçamento mensal inválido. Use, por exemplo, 1.500,00.');
    if (block && monthly === null) return setProblem('Para bloquear em 100%, informe o orçamento mensal.');
    setProblem(null);
    try {
      await save.mutateAsync({ pricesCents, monthlyBudgetCents: monthly, blockAtLimit: block });
      notify('Orçamento Deps salvo.');
    } catch {
      // The mutation's error is shown below.
    }
  };

  const error = problem ?? errorMessage(save.error) ?? errorMessage(budget.error);
  if (!budget.data)
    return (
      <section className={styles.budgetForm} aria-labelledby="budget-title">
        <h2 id="budget-title">Orçamento Deps</h2>
        {error ? <ErrorNote message={error} /> : <p className="loading">Carregando orçamento…</p>}
      </section>
    );
  return (
    <section className={styles.budgetForm} aria-labelledby="budget-title">
      <h2 id="budget-title">Orçamento Deps</h2>
      <p className="muted">
        Com o preço de cada produto, o Painel estima o custo das consultas. Alertas em 80% e 100% do orçamento
        do mês.
      </p>
      {products.length === 0 && (
        <p className="muted">Busque os produtos do bureau acima para informar os preços.</p>
      )}
      {products.map((p) => (
        <div className={fieldCss.field} key={p.id}>
          <label htmlFor={`price-${p.id}`}>
            Preço por consulta — {p.name} ({p.id})
          </label>
          <input
            id={`price-${p.id}`}
            inputMode="decimal"
            placeholder="R$ 0,00"
            value={prices[p.id] ?? ''}
            onChange={(e) => setPrices({ ...prices, [p.id]: e.target.value })}
          />
        </div>
      ))}
      <div className={fieldCss.field}>
        <label htmlFor="budget-monthly">Orçamento mensal (vazio = sem orçamento)</label>
        <input
          id="budget-monthly"
          inputMode="decimal"
          placeholder="R$ 0,00"
          value={limit}
          onChange={(e) => setLimit(e.target.value)}
        />
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={block} onChange={(e) => setBlock(e.target.checked)} />
        Bloquear novas consultas Deps ao atingir 100% do orçamento
      </label>
      <ErrorNote message={error} />
      <div className={formCss.formActions}>
        <button type="button" className="primary" onClick={() => void submit()} disabled={save.isPending}>
          {save.isPending ? 'Salvando…' : 'Salvar orçamento'}
        </button>
      </div>
    </section>
  );
}
