import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/api-error';
import { translate } from '../../../app/i18n';
import { loginErrorText } from './login-error';

const t = (k: Parameters<typeof translate>[0], p?: Parameters<typeof translate>[1]) => translate(k, p, 'zh');

describe('phone sign-in errors', () => {
  it('says how many tries are left, how long to wait, or the server’s words', () => {
    expect(loginErrorText(new ApiError(400, 'OTP_INVALID', 'x', { triesLeft: 3 }), t)).toBe(
      '验证码错误，还可再试 3 次',
    );
    expect(loginErrorText(new ApiError(429, 'RATE_LIMITED', 'x', { retryAfterSeconds: 42 }), t)).toBe(
      '请求过于频繁，请 42 秒后再试',
    );
    expect(loginErrorText(new ApiError(423, 'OTP_LOCKED', '验证码错误次数过多'), t)).toBe('验证码错误次数过多');
    expect(loginErrorText(null, t)).toBeNull();
  });
});
