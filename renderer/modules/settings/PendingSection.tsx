/** Sections whose configuration ships with a later release of the console. */
export function PendingSection({ title }: { title: string }) {
  return (
    <div>
      <h2>{title}</h2>
      <p className="muted">
        Esta configuração ainda não está disponível nesta versão da Central de Atendimento.
      </p>
    </div>
  );
}
