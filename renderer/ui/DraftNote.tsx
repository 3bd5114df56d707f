interface Props {
  onDiscard: () => void;
}

/** Above a form that opened with a recovered draft. */
export function DraftNote({ onDiscard }: Props) {
  return (
    <p role="status" className="notice" data-testid="draft-recovered">
      <strong>Rascunho recuperado</strong> — o que foi digitado antes de a gravação falhar voltou para o
      formulário.{' '}
      <button type="button" className="link" onClick={onDiscard}>
        Descartar rascunho
      </button>
    </p>
  );
}
