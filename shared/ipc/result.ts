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
  | 'ENCRYPTION_UNAVAILABLE'
  | 'SECRET_UNREADABLE'
  | 'CANCELLED'
  | 'RECEIVABLES_DISABLED'
  | 'RECEIVABLES_TOTALS_MISMATCH'
  | 'ERP_FIRST_SYNC_PENDING'
  | 'EMAIL_FAILED'
  | 'INTERNAL'
  | 'POLICY_LOCKED'
  | 'ERP_UNAVAILABLE';

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

/** Thrown by services and handlers; the registry turns it into `{ok:false}` without losing the code. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppFailure';
  }
}

export const isAppFailure = (e: unknown): e is AppFailure => e instanceof AppFailure;
