import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/api-error';
import { passwordErrorLines } from './password-problems';

describe('passwordErrorLines', () => {
  const policy = new ApiError(400, 'PASSWORD_POLICY', '新密码不符合密码策略', {
    problems: [
      { code: 'TOO_SHORT', minLength: 10 },
      { code: 'TOO_FEW_CLASSES', minClasses: 3 },
      { code: 'CONTAINS_USERNAME' },
    ],
  });

  it('explains every policy problem in Chinese and English', () => {
    expect(passwordErrorLines(policy, 'zh')).toEqual([
      '密码长度至少 10 位。',
      '至少包含小写字母、大写字母、数字、符号中的 3 类。',
      '密码不能包含用户名。',
    ]);
    expect(passwordErrorLines(policy, 'en')?.[0]).toBe('Use at least 10 characters.');
  });

  it('falls back to the server message when details are missing or unknown', () => {
    expect(
      passwordErrorLines(new ApiError(400, 'PASSWORD_POLICY', 'policy', { problems: [{ code: 'NEW_RULE' }] }), 'en'),
    ).toEqual(['policy']);
  });

  it('names the history size for a reused password', () => {
    expect(passwordErrorLines(new ApiError(400, 'PASSWORD_REUSED', 'reused', { historySize: 5 }), 'zh')).toEqual([
      '新密码不能与最近 5 次使用过的密码相同。',
    ]);
  });

  it('ignores other errors', () => {
    expect(passwordErrorLines(new ApiError(401, 'INVALID_CREDENTIALS', 'wrong'), 'zh')).toBeNull();
    expect(passwordErrorLines(new Error('x'), 'zh')).toBeNull();
  });
});
