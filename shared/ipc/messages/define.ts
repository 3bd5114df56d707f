import type { ErrorCode } from '../result';

/**
 * One catalog entry: the wire code the renderer may react to (kept stable, often generic) and
 * the pt-BR sentence, written from typed details so a throw site never writes text.
 */
export interface MessageEntry<D> {
  readonly code: ErrorCode;
  readonly text: (details: D) => string;
}

/** `msg('NOT_FOUND', () => '...')` or `msg('CONFLICT', (d: { login: string }) => \`...\`)`. */
export const msg = <D = void>(code: ErrorCode, text: (details: D) => string): MessageEntry<D> => ({
  code,
  text,
});
