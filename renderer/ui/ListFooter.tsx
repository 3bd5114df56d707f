/** "Mostrando 100 de 10.000" under a paged list, with its loading or error state. */
export function ListFooter({
  shown,
  total,
  loading,
  error,
  noun,
}: {
  shown: number;
  total: number | null;
  loading: boolean;
  error: string | null;
  noun: string;
}) {
  return (
    <div className="list-footer" aria-live="polite">
      {error ? (
        <span className="error-note">{error}</span>
      ) : loading ? (
        <span className="muted">Carregando…</span>
      ) : (
        <span className="muted">
          {total === null
            ? `${shown} ${noun}`
            : `Mostrando ${shown.toLocaleString('pt-BR')} de ${total.toLocaleString('pt-BR')} ${noun}`}
        </span>
      )}
    </div>
  );
}
