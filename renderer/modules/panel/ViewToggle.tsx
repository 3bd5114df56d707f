import chipCss from '../../ui/Chips.module.css';
/** "Gráficos | Tabela": every chart of the Painel has a table with the same figures. */
export function ViewToggle({
  asTable,
  onChange,
  label,
}: {
  asTable: boolean;
  onChange: (t: boolean) => void;
  label: string;
}) {
  return (
    <div className={chipCss.chips} role="group" aria-label={`Forma de exibição: ${label}`}>
      <button type="button" className={chipCss.chip} aria-pressed={!asTable} onClick={() => onChange(false)}>
        Gráficos
      </button>
      <button type="button" className={chipCss.chip} aria-pressed={asTable} onClick={() => onChange(true)}>
        Tabela
      </button>
    </div>
  );
}
