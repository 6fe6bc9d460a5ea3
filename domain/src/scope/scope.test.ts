import { describe, expect, it } from 'vitest';
import { ROLE_TRAITS, ROLES, type Role } from './roles';
import {
  actingOf,
  actsFor,
  actsForAny,
  confirmingSide,
  isDistrictWide,
  onlyBoundTo,
  reportingSide,
  scopeOf,
  sidesOf,
  sliceOf,
  type Grant,
} from './scope';

const g = (role: Role, scopeId: string | null = null): Grant => ({ role, scopeId });
const as = (...roles: Grant[]) => ({ roles });

const office = as(g('office_admin'));
const leader = as(g('leader'));
const unit = as(g('unit_reporter', 'u1'));
const county = as(g('county_officer', '621022'));
const group = as(g('group_lead', 'talent'));

describe('scope of a holder', () => {
  it('is the district for every tenant-bound role and the union of the bound scopes otherwise', () => {
    for (const r of ROLES) {
      if (ROLE_TRAITS[r].scope === 'tenant') expect(scopeOf(as(g(r)))).toEqual({ kind: 'district' });
    }
    expect(isDistrictWide(leader)).toBe(true);
    expect(isDistrictWide(unit)).toBe(false);
    expect(scopeOf(as(g('unit_reporter', 'u1'), g('county_officer', '621022'), g('group_lead', 'talent')))).toEqual({
      kind: 'some',
      units: ['u1'],
      counties: ['621022'],
      groups: ['talent'],
    });
    expect(scopeOf(as())).toEqual({ kind: 'some', units: [], counties: [], groups: [] });
  });

  it('shows one slice at a time: county before group before unit', () => {
    expect(sliceOf(scopeOf(office))).toEqual({ kind: 'district' });
    expect(sliceOf(scopeOf(as(g('unit_reporter', 'u1'), g('group_lead', 'talent'))))).toEqual({
      kind: 'group',
      ids: ['talent'],
    });
    expect(sliceOf(scopeOf(as(g('unit_reporter', 'u1'), g('county_officer', '621021'))))).toEqual({
      kind: 'county',
      ids: ['621021'],
    });
    expect(sliceOf(scopeOf(unit))).toEqual({ kind: 'unit', ids: ['u1'] });
    expect(sliceOf(scopeOf(as()))).toBeNull();
  });

  it('tells a holder bound to one kind of scope only', () => {
    expect(onlyBoundTo(county, 'county')).toBe(true);
    expect(onlyBoundTo(as(g('county_officer', '621022'), g('unit_reporter', 'u1')), 'county')).toBe(false);
    expect(onlyBoundTo(as(), 'county')).toBe(false);
  });
});

describe('sides of a record', () => {
  const east = { reporterSide: 'east' as const, eastUnitId: 'u1', countyCode: '621022' };
  const districtLevel = { ...east, countyCode: null };
  const west = { reporterSide: 'west' as const, eastUnitId: 'u1', countyCode: '621022' };

  it('reports an east record by its unit or the office, a west one by its county', () => {
    expect(actsForAny(unit, reportingSide(east))).toBe(true);
    expect(actsForAny(office, reportingSide(east))).toBe(true);
    expect(actsForAny(as(g('unit_reporter', 'u2')), reportingSide(east))).toBe(false);
    expect(actsForAny(county, reportingSide(east))).toBe(false);
    expect(actsForAny(county, reportingSide(west))).toBe(true);
    expect(actsForAny(office, reportingSide(west))).toBe(false);
  });

  it('confirms from the other side; the office confirms district-level east records', () => {
    expect(actsForAny(county, confirmingSide(east))).toBe(true);
    expect(actsForAny(unit, confirmingSide(east))).toBe(false);
    expect(actsForAny(office, confirmingSide(districtLevel))).toBe(true);
    expect(actsForAny(county, confirmingSide(districtLevel))).toBe(false);
    expect(actsForAny(unit, confirmingSide(west))).toBe(true);
    expect(actsForAny(office, confirmingSide(west))).toBe(false);
  });

  it('lets read-only roles speak for nobody, whatever their scope', () => {
    for (const r of ROLES.filter((x) => !ROLE_TRAITS[x].acts)) {
      const h = as(g(r));
      expect(actingOf(h)).toEqual({ office: false, units: [], counties: [], groups: [] });
      expect(sidesOf(h)).toEqual([]);
    }
    expect(actsFor(group, { kind: 'group', code: 'talent' })).toBe(true);
    expect(actsFor(group, { kind: 'group', code: 'funds' })).toBe(false);
  });

  it('reports east for the office and units, west for counties', () => {
    expect(sidesOf(office)).toEqual(['east']);
    expect(sidesOf(unit)).toEqual(['east']);
    expect(sidesOf(county)).toEqual(['west']);
    expect(sidesOf(group)).toEqual([]);
  });
});
