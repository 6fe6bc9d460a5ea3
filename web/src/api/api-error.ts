import type { ErrorCode } from '@xiezuo/domain';

/** Codes the server sends plus the two the client itself produces when no usable answer came back. */
export type ApiErrorCode = ErrorCode | 'NETWORK' | 'BAD_RESPONSE';

/** The one error type every API call throws: HTTP status, machine-readable code, translated message. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly details: unknown;

  constructor(status: number, code: ApiErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

/** True for the two 401 codes that mean "sign in again". */
export function isSessionLost(e: unknown): e is ApiError {
  return isApiError(e) && e.status === 401 && (e.code === 'SESSION_EXPIRED' || e.code === 'UNAUTHENTICATED');
}
