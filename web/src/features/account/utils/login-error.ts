import { isApiError } from '../../../api/api-error';
import type { Translate } from '../../../app/i18n';

/** The sentence a phone sign-in failure shows: tries left, seconds to wait, or the server's own words. */
export function loginErrorText(error: unknown, t: Translate): string | null {
  if (!error) return null;
  if (!isApiError(error)) return t('common.unexpectedError');
  const d = (error.details ?? {}) as { triesLeft?: unknown; retryAfterSeconds?: unknown };
  if (error.code === 'OTP_INVALID' && typeof d.triesLeft === 'number' && d.triesLeft > 0)
    return t('account.login.triesLeft', { n: d.triesLeft });
  if (error.code === 'RATE_LIMITED' && typeof d.retryAfterSeconds === 'number')
    return t('account.login.retryAfter', { s: d.retryAfterSeconds });
  return error.message;
}
