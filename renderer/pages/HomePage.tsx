export function HomePage({ onSearch }: { onSearch: () => void }) {
  return (
    <section className="home">
      <h1>Central de Atendimento</h1>
      <p>
        Pressione <kbd>F9</kbd> em qualquer tela para buscar um cliente por nome, CNPJ/CPF, código ERP, e-mail
        ou telefone.
      </p>
      <button type="button" className="primary" onClick={onSearch}>
        Buscar cliente (F9)
      </button>
      <p className="muted">
        <kbd>Ctrl</kbd>+<kbd>Tab</kbd> alterna entre clientes abertos · <kbd>Ctrl</kbd>+<kbd>W</kbd> fecha o
        cliente atual
      </p>
    </section>
  );
}
