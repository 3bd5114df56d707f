import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { depsProductFormSchema, type DepsProductFormValues } from '../../../shared/forms/bureau-query.schema';
import type { BureauProductChoice } from '../../../shared/ipc/dto/bureau';
import { Dialog } from '../../ui/Dialog';
import { ErrorNote } from '../../ui/ErrorNote';
import { FormField } from '../../ui/FormField';
import { useFocusFirst } from '../../ui/useFocusFirst';

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
  return (
    <Dialog
      title="Consulta Deps"
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            Cancelar
          </button>
          <button type="submit" form={FORM_ID} className="primary" disabled={!usable || busy}>
            {busy ? 'Verificando…' : 'Continuar'}
          </button>
        </>
      }
    >
      {!choice && !error && <p className="loading">Carregando produtos…</p>}
      {usable && <ProductForm choice={choice} busy={busy} onChoose={onChoose} />}
      <ErrorNote message={error} />
    </Dialog>
  );
}

const FORM_ID = 'deps-product';

/** Mounted once the products are known, so it starts on the Consulta padrão and takes the focus. */
function ProductForm({
  choice,
  busy,
  onChoose,
}: {
  choice: BureauProductChoice;
  busy: boolean;
  onChoose: (productId: string) => void;
}) {
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<DepsProductFormValues>({
    resolver: zodResolver(depsProductFormSchema),
    defaultValues: { productId: choice.defaultProductId ?? choice.products[0]?.id ?? '' },
  });
  const { ref, ...field } = register('productId');
  const focus = useFocusFirst<HTMLSelectElement>();
  const submit = handleSubmit(({ productId }) => {
    if (!busy) onChoose(productId);
  });
  return (
    <form id={FORM_ID} noValidate aria-label="Produto da consulta" onSubmit={(e) => void submit(e)}>
      <FormField id="deps-product-id" label="Identificador de produtos" error={errors.productId?.message}>
        <select
          {...field}
          ref={(el) => {
            ref(el);
            focus(el);
          }}
        >
          {choice.products.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} ({p.id})
            </option>
          ))}
        </select>
      </FormField>
    </form>
  );
}
