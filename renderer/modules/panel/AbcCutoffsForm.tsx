import { useState } from 'react';
import type { AbcDistributionView } from '../../../shared/ipc/dto/panel';
import { errorMessage, useChannelMutation } from '../../lib/query';
import { ErrorNote } from '../../ui/ErrorNote';
import { notify } from '../../ui/toast-store';
import styles from './Panel.module.css';
import fieldCss from '../../ui/FormField.module.css';

/** Pareto cut-offs of the curve (default 80/15/5 of revenue); saving recomputes every client's class. */
export function AbcCutoffsForm({ cutoffs }: { cutoffs: AbcDistributionView['cutoffs'] }) {
  const [a, setA] = useState(String(cutoffs.a));
  const [b, setB] = useState(String(cutoffs.b));
  const save = useChannelMutation('panel.abc.saveCutoffs', {
    invalidates: ['panel.abc', 'clientHeader.summary'],
  });
  const c = 100 - Number(a || 0) - Number(b || 0);
  return (
    <form
      className={styles.cutoffs}
      aria-label="Cortes da curva ABC"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(
          { a: Number(a), b: Number(b) },
          { onSuccess: () => notify('Cortes salvos; a curva ABC foi recalculada.') },
        );
      }}
    >
      <div className={fieldCss.field}>
        <label htmlFor="abc-a">Classe A (% do faturamento)</label>
        <input id="abc-a" inputMode="numeric" value={a} onChange={(e) => setA(e.target.value)} />
      </div>
      <div className={fieldCss.field}>
        <label htmlFor="abc-b">Classe B (%)</label>
        <input id="abc-b" inputMode="numeric" value={b} onChange={(e) => setB(e.target.value)} />
      </div>
      <p className="muted">Classe C: {Number.isFinite(c) ? `${c}%` : '—'}</p>
      <button type="submit" disabled={save.isPending}>
        {save.isPending ? 'Recalculando…' : 'Salvar e recalcular'}
      </button>
      <ErrorNote message={errorMessage(save.error)} />
    </form>
  );
}
