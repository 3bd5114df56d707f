import type { BureauProduct } from '../../../shared/ipc/dto/bureau';
import { Tooltip } from '../../ui/Tooltip';

interface Props {
  products: BureauProduct[];
  defaultF: string | null;
  defaultJ: string | null;
  onChange: (f: string | null, j: string | null) => void;
  onRefresh: () => void;
  refreshing: boolean;
}

function Choice(props: {
  label: string;
  value: string | null;
  options: BureauProduct[];
  onChange: (v: string | null) => void;
}) {
  return (
    <label>
      {props.label}
      <select value={props.value ?? ''} onChange={(e) => props.onChange(e.target.value || null)}>
        <option value="">— nenhum —</option>
        {props.options.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name} ({p.id})
          </option>
        ))}
      </select>
    </label>
  );
}

/** Consulta padrão: PF and PJ defaults apart, filled from the products the bureau's login returns. */
export function BureauProductsField(p: Props) {
  const of = (type: 'F' | 'J') => p.products.filter((x) => x.personType === type);
  return (
    <fieldset className="bureau-products">
      <legend>Consulta padrão</legend>
      <div className="bureau-products-row">
        <Choice
          label="Pessoa física (CPF)"
          value={p.defaultF}
          options={of('F')}
          onChange={(v) => p.onChange(v, p.defaultJ)}
        />
        <Choice
          label="Pessoa jurídica (CNPJ)"
          value={p.defaultJ}
          options={of('J')}
          onChange={(v) => p.onChange(p.defaultF, v)}
        />
        <Tooltip content="Atualizar as informações do campo Consulta padrão com base nos dados obtidos da API Deps">
          <button
            type="button"
            aria-label="Atualizar produtos do bureau"
            className={p.refreshing ? 'is-busy' : undefined}
            aria-busy={p.refreshing}
            disabled={p.refreshing}
            onClick={p.onRefresh}
          >
            {p.refreshing ? 'Buscando…' : '…'}
          </button>
        </Tooltip>
      </div>
      {p.products.length === 0 && (
        <p className="muted">
          Preencha URL, e-mail e senha e clique em “…” para buscar os produtos contratados.
        </p>
      )}
    </fieldset>
  );
}
