import { call } from '../lib/api';

/** Sends a renderer problem to the main log (which redacts it); never throws while reporting. */
export function reportProblem(level: 'warn' | 'error', message: string, stack?: string): void {
  void call('app.log.report', {
    level,
    message: message.slice(0, 4000),
    ...(stack ? { stack: stack.slice(0, 16000) } : {}),
  }).catch(() => undefined);
}

/** Uncaught errors and unhandled rejections end up in the log file, not only in DevTools. */
export function forwardRendererErrors(): void {
  window.addEventListener('error', (e) => {
    reportProblem(
      'error',
      e.message || 'erro sem mensagem',
      e.error instanceof Error ? e.error.stack : undefined,
    );
  });
  window.addEventListener('unhandledrejection', (e) => {
    const reason: unknown = e.reason;
    reportProblem(
      'error',
      `promessa rejeitada sem tratamento: ${reason instanceof Error ? reason.message : String(reason)}`,
      reason instanceof Error ? reason.stack : undefined,
    );
  });
}
