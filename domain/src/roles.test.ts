import { describe, expect, it } from 'vitest';
import { abilitiesOf, checkRoleCombination, ROLE_ABILITIES, ROLES } from './roles';
import { characterClasses, checkPassword, DENGBAO_POLICY } from './password-policy';

describe('roles', () => {
  it('keeps the three admin roles apart from each other and from business roles', () => {
    expect(checkRoleCombination(['sys_admin', 'sec_admin'])).toBe('ADMIN_ROLES_SEPARATED');
    expect(checkRoleCombination(['audit_admin', 'auditor'])).toBe('ADMIN_AND_BUSINESS_ROLES');
    expect(checkRoleCombination(['sec_admin'])).toBeNull();
    expect(checkRoleCombination(['unit_reporter', 'county_officer'])).toBeNull();
  });

  it('denies by default: abilities are exactly the union of the roles held', () => {
    expect(abilitiesOf([])).toEqual([]);
    expect(abilitiesOf([{ role: 'audit_admin' }])).toEqual(['audit.read']);
    expect(abilitiesOf([{ role: 'leader' }])).not.toContain('business.write');
    expect(abilitiesOf([{ role: 'auditor' }])).not.toContain('business.write');
    for (const r of ROLES) expect(ROLE_ABILITIES[r].length).toBeGreaterThan(0);
  });
});

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
