import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import {
  abcCutoffsFormSchema,
  type AbcCutoffsFormOutput,
  type AbcCutoffsFormValues,
} from '../../../shared/forms/abc-cutoffs.schema';
import type { AbcDistributionView } from '../../../shared/ipc/dto/panel';
import { errorMessage, useChannelMutation } from '../../lib/query';
import { ErrorNote } from '../../ui/ErrorNote';
import { FormField } from '../../ui/FormField';
import { notify } from '../../ui/toast-store';
import styles from './Panel.module.css';

/** Pareto cut-offs of the curve (default 80/15/5 of revenue); saving recomputes every client's class. */
export function AbcCutoffsForm({ cutoffs }: { cutoffs: AbcDistributionView['cutoffs'] }) {
  const {
    register,
    control,
    handleSubmit,
    formState: { errors },
  } = useForm<AbcCutoffsFormValues, unknown, AbcCutoffsFormOutput>({
    resolver: zodResolver(abcCutoffsFormSchema),
    defaultValues: { a: String(cutoffs.a), b: String(cutoffs.b) },
  });
  const [a, b] = useWatch({ control, name: ['a', 'b'] });
  const save = useChannelMutation('panel.abc.saveCutoffs', {
    invalidates: ['panel.abc', 'clientHeader.summary'],
  });
  const c = 100 - Number(a || 0) - Number(b || 0);
  const submit = handleSubmit((values) =>
    save.mutate(values, { onSuccess: () => notify('Cortes salvos; a curva ABC foi recalculada.') }),
  );
  return (
    <form
      className={styles.cutoffs}
      aria-label="Cortes da curva ABC"
      noValidate
      onSubmit={(e) => void submit(e)}
    >
      <FormField id="abc-a" label="Classe A (% do faturamento)" error={errors.a?.message}>
        <input inputMode="numeric" {...register('a')} />
      </FormField>
      <FormField id="abc-b" label="Classe B (%)" error={errors.b?.message}>
        <input inputMode="numeric" {...register('b')} />
      </FormField>
      <p className="muted">Classe C: {Number.isFinite(c) ? `${c}%` : '—'}</p>
      <button type="submit" disabled={save.isPending}>
        {save.isPending ? 'Recalculando…' : 'Salvar e recalcular'}
      </button>
      <ErrorNote message={errorMessage(save.error)} />
    </form>
  );
}
