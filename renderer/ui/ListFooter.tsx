import styles from './ListFooter.module.css';

/** "Mostrando 100 de 10.000" under a paged list, with its loading or error state. */
export function ListFooter({
  shown,
  total,
  loading,
  error,
  noun,
  singular,
}: {
  shown: number;
  total: number | null;
  loading: boolean;
  error: string | null;
  /** Plural, as in "Mostrando 3 de 10 arquivos". */
  noun: string;
  /** For a total of one: "Mostrando 1 de 1 arquivo". */
  singular?: string;
}) {
  const word = (n: number | null) => (n === 1 && singular ? singular : noun);
  return (
    <div className={styles.footer} aria-live="polite">
      {error ? (
        <span className="error-note">{error}</span>
      ) : loading ? (
        <span className="muted">Carregando…</span>
      ) : (
        <span className="muted">
          {total === null
            ? `${shown} ${word(shown)}`
            : `Mostrando ${shown.toLocaleString('pt-BR')} de ${total.toLocaleString('pt-BR')} ${word(total)}`}
        </span>
      )}
    </div>
  );
}
