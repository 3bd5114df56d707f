import type { BureauProduct } from '../../../shared/ipc/dto/bureau';
import { Select } from '../../ui/Select';
import { Tooltip } from '../../ui/Tooltip';
import styles from './SettingsForm.module.css';
import fieldCss from '../../ui/FormField.module.css';

interface Props {
  products: BureauProduct[];
  defaultF: string | null;
  defaultJ: string | null;
  onChange: (f: string | null, j: string | null) => void;
  onRefresh: () => void;
  refreshing: boolean;
}

const NONE = 'none';

function Choice(props: {
  label: string;
  value: string | null;
  options: BureauProduct[];
  onChange: (v: string | null) => void;
}) {
  return (
    <div className={fieldCss.field}>
      <span>{props.label}</span>
      <Select
        label={props.label}
        value={props.value ?? NONE}
        onChange={(v) => props.onChange(v === NONE ? null : v)}
        options={[
          { value: NONE, label: '— nenhum —' },
          ...props.options.map((p) => ({ value: p.id, label: `${p.name} (${p.id})` })),
        ]}
      />
    </div>
  );
}

/** Consulta padrão: PF and PJ defaults apart, filled from the products the bureau's login returns. */
export function BureauProductsField(p: Props) {
  const of = (type: 'F' | 'J') => p.products.filter((x) => x.personType === type);
  return (
    <fieldset className={styles.group}>
      <legend>Consulta padrão</legend>
      <div className={styles.row}>
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
            {p.refreshing ? 'Buscando…' : 'Atualizar produtos'}
          </button>
        </Tooltip>
      </div>
      {p.products.length === 0 && (
        <p className={`muted ${styles.hint}`}>
          Preencha URL, e-mail e senha e clique em “Atualizar produtos” para buscar os produtos contratados.
        </p>
      )}
    </fieldset>
  );
}
