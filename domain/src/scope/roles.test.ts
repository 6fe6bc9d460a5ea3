import { describe, expect, it } from 'vitest';
import { abilitiesOf, checkRoleCombination, ROLE_ABILITIES, ROLES } from './roles';

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
