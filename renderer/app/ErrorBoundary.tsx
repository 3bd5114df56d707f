import { Component, type ErrorInfo, type ReactNode } from 'react';
import { reportProblem } from './reportErrors';

/** A rendering bug shows a message and a way back instead of a white window. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override componentDidCatch(error: Error, info: ErrorInfo) {
    reportProblem(
      'error',
      `tela quebrou: ${error.message}`,
      `${error.stack ?? ''}\n${info.componentStack ?? ''}`,
    );
  }
  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="fatal" role="alert">
        <h1>Algo deu errado nesta tela</h1>
        <p>Nenhum dado foi perdido. Recarregue a janela para continuar.</p>
        <pre className="muted">{this.state.error.message}</pre>
        <button type="button" className="primary" onClick={() => window.location.reload()}>
          Recarregar
        </button>
      </div>
    );
  }
}
