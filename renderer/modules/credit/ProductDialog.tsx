import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { depsProductFormSchema, type DepsProductFormValues } from '../../../shared/forms/bureau-query.schema';
import type { BureauProductChoice } from '../../../shared/ipc/dto/bureau';
import { Dialog } from '../../ui/Dialog';
import { ErrorNote } from '../../ui/ErrorNote';
import { FormField } from '../../ui/FormField';

interface Props {
  choice: BureauProductChoice | null;
  error: string | null;
  busy: boolean;
  onChoose: (productId: string) => void;
  onClose: () => void;
}

/** "Identificador de produtos", pre-filled with the Consulta padrão of the client's person type. */
export function ProductDialog({ choice, error, busy, onChoose, onClose }: Props) {
  const usable = !!choice && choice.configured && choice.products.length > 0;
  const {
    register,
    handleSubmit,
    reset,
    setFocus,
    formState: { errors },
  } = useForm<DepsProductFormValues>({
    resolver: zodResolver(depsProductFormSchema),
    defaultValues: { productId: '' },
  });
  // The products arrive after the dialog opens: the Consulta padrão is selected then.
  const defaultId = choice?.defaultProductId ?? choice?.products[0]?.id ?? '';
  useEffect(() => {
    if (!usable) return;
    reset({ productId: defaultId });
    setFocus('productId');
  }, [usable, defaultId, reset, setFocus]);

  const submit = handleSubmit(({ productId }) => {
    if (!busy) onChoose(productId);
  });
  return (
    <Dialog
      title="Consulta Deps"
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            Cancelar
          </button>
          <button type="submit" form="deps-product" className="primary" disabled={!usable || busy}>
            {busy ? 'Verificando…' : 'Continuar'}
          </button>
        </>
      }
    >
      {!choice && !error && <p className="loading">Carregando produtos…</p>}
      {usable && (
        <form id="deps-product" noValidate aria-label="Produto da consulta" onSubmit={(e) => void submit(e)}>
          <FormField id="deps-product-id" label="Identificador de produtos" error={errors.productId?.message}>
            <select {...register('productId')}>
              {choice.products.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} ({p.id})
                </option>
              ))}
            </select>
          </FormField>
        </form>
      )}
      <ErrorNote message={error} />
    </Dialog>
  );
}
