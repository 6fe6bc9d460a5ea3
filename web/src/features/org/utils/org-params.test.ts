import { describe, expect, it } from 'vitest';
import { matchesUnit, parseSort, parseTab, parseUnitTypes, parseYear } from './org-params';

describe('org URL parameters', () => {
  it('falls back to the groups tab and the latest year', () => {
    expect(parseTab('units')).toBe('units');
    expect(parseTab('nope')).toBe('groups');
    expect(parseYear('2018')).toBe(2018);
    expect(parseYear(null)).toBeNull();
    expect(parseYear('20x8')).toBeNull();
  });
  it('keeps only known unit types and sort orders', () => {
    expect(parseUnitTypes('school,bogus,party_gov', ['party_gov', 'school', 'hospital'])).toEqual([
      'party_gov',
      'school',
    ]);
    expect(parseUnitTypes(null, ['school'])).toEqual([]);
    expect(parseSort('descend')).toBe('descend');
    expect(parseSort('up')).toBeNull();
  });
  it('matches units by name or code', () => {
    expect(matchesUnit({ name: '区委组织部', code: 'zuzhibu' }, '组织')).toBe(true);
    expect(matchesUnit({ name: '区委组织部', code: 'zuzhibu' }, 'ZUZHI')).toBe(true);
    expect(matchesUnit({ name: '区委组织部', code: 'zuzhibu' }, '财政')).toBe(false);
  });
});
