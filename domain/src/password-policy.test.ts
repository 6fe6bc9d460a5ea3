import { describe, expect, it } from 'vitest';
import { characterClasses, checkPassword, DENGBAO_POLICY } from './password-policy';

describe('password policy (等保 profile)', () => {
  it('requires length, three character classes and no username', () => {
    expect(characterClasses('abcABC123!')).toBe(4);
    expect(checkPassword('Sh0rt!', 'bob', DENGBAO_POLICY).map((p) => p.code)).toEqual(['TOO_SHORT']);
    expect(checkPassword('alllowercaseletters', 'bob', DENGBAO_POLICY).map((p) => p.code)).toEqual(['TOO_FEW_CLASSES']);
    expect(checkPassword('Office-2026-pass', 'office', DENGBAO_POLICY).map((p) => p.code)).toEqual([
      'CONTAINS_USERNAME',
    ]);
    expect(checkPassword('Good-Pass-2026', 'office', DENGBAO_POLICY)).toEqual([]);
    expect(checkPassword('长密码长密码长密码长密码1A', 'office', DENGBAO_POLICY)).toEqual([]);
  });
});
