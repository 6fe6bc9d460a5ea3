import type { ErrorCode } from '@xiezuo/domain';

/** The one application error: a code from the domain's map (which fixes the HTTP status) and optional details. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: unknown,
    message?: string,
  ) {
    super(message ?? code);
  }
}
