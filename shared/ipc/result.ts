import { codeOf, isMessageKey, messageFor, type MessageArgs, type MessageKey } from './messages';

/**
 * Every result crosses a process boundary in this shape, so a failure keeps its kind
 * (`code`) and a message a pt-BR speaking agent can act on.
 */
export type ErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'CONFLICT'
  | 'UNKNOWN_CHANNEL'
  | 'DB_CORRUPT'
  | 'DB_NEWER_VERSION'
  | 'CNPJ_INVALID'
  | 'CPF_INVALID'
  | 'LOGIN_FAILED'
  | 'LOGIN_THROTTLED'
  | 'SETUP_REQUIRED'
  | 'FILE_TOO_LARGE'
  | 'FILE_MISSING'
  | 'ERP_UNREACHABLE'
  | 'ERP_TIMEOUT'
  | 'ERP_SERVER_ERROR'
  | 'ERP_BAD_RESPONSE'
  | 'ERP_AUTH_FAILED'
  | 'ERP_NOT_CONFIGURED'
  | 'BUREAU_AUTH_FAILED'
  | 'BUREAU_UNREACHABLE'
  | 'BUREAU_TLS'
  | 'BUREAU_REJECTED'
  | 'BUREAU_AMBIGUOUS'
  | 'BUREAU_NOT_CONFIGURED'
  | 'BUREAU_SERVER_ERROR'
  | 'BUREAU_BAD_RESPONSE'
  | 'BUREAU_NOTHING_TO_REUSE'
  | 'CREDIT_INCREASE_EXCEEDED'
  | 'CREDIT_CONFIRMATION_REQUIRED'
  | 'CREDIT_RELEASE_REFUSED'
  | 'ENCRYPTION_UNAVAILABLE'
  | 'SECRET_UNREADABLE'
  | 'CANCELLED'
  | 'RECEIVABLES_DISABLED'
  | 'RECEIVABLES_TOTALS_MISMATCH'
  | 'ERP_FIRST_SYNC_PENDING'
  | 'EMAIL_FAILED'
  | 'INTERNAL'
  | 'POLICY_LOCKED'
  | 'ERP_UNAVAILABLE'
  | 'FLOOR_UNREACHABLE'
  | 'FLOOR_AUTH_FAILED'
  | 'FLOOR_SCHEMA_NEWER'
  | 'FLOOR_OTHER_COMPANY';

export interface AppError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});

/** `{ok:false}` with the catalog's code and sentence for a key. */
export const failWith = (...args: MessageArgs): Result<never> => ({
  ok: false,
  error: { code: codeOf(args[0]), message: messageFor(...args) },
});

/**
 * Thrown by services, gateways and handlers: `new AppFailure('users.loginTaken', { login })`.
 * The key fixes the wire code and the catalog writes the sentence (also kept as `message`, so
 * run logs and stored failures read the same text); the registry turns it into `{ok:false}`.
 */
export class AppFailure extends Error {
  readonly code: ErrorCode;
  readonly key: MessageKey | null;
  readonly details: unknown;
  constructor(...args: MessageArgs);
  /**
   * @deprecated Transitional only, for throw sites written before the catalog: put the sentence
   * in shared/ipc/messages/ and throw its key. tests/unit/architecture/error-sentences.test.ts
   * fails and names every site that still uses this form.
   */
  constructor(code: ErrorCode, message: string);
  constructor(...args: [string, unknown?]) {
    const [first, second] = args;
    const key = isMessageKey(first) ? first : null;
    super(key ? messageFor(...(args as MessageArgs)) : String(second));
    this.name = 'AppFailure';
    this.code = key ? codeOf(key) : (first as ErrorCode);
    this.key = key;
    this.details = key ? second : undefined;
  }

  /** A failure already told once (stored with a bureau query, or sent back by a worker), raised again as it was. */
  static fromWire(error: AppError): AppFailure {
    return new AppFailure(error.code, error.message);
  }

  /** The wire shape. For a failure thrown by key the sentence is rendered here, from the catalog. */
  toError(): AppError {
    const message = this.key ? messageFor(...([this.key, this.details] as MessageArgs)) : this.message;
    return { code: this.code, message };
  }
}

export const isAppFailure = (e: unknown): e is AppFailure => e instanceof AppFailure;
