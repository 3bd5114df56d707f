import { useState } from 'react';
import type { BureauProductChoice } from '../../../shared/ipc/dto/bureau';
import { Dialog } from '../../ui/Dialog';
import { ErrorNote } from '../../ui/ErrorNote';
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
  const [picked, setPicked] = useState<string | null>(null);
  const select = useFocusFirst<HTMLSelectElement>();
  const productId = picked ?? choice?.defaultProductId ?? '';
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
          <button
            type="button"
            className="primary"
            disabled={!usable || !productId || busy}
            onClick={() => onChoose(productId)}
          >
            Continuar
          </button>
        </>
      }
    >
      {!choice && !error && <p className="loading">Carregando produtos…</p>}
      {usable && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (productId && !busy) onChoose(productId);
          }}
        >
          <label>
            Identificador de produtos
            <select ref={select} value={productId} onChange={(e) => setPicked(e.target.value)}>
              {choice.products.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} ({p.id})
                </option>
              ))}
            </select>
          </label>
        </form>
      )}
      <ErrorNote message={error} />
    </Dialog>
  );
}
