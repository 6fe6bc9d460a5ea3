import { describe, expect, it } from 'vitest';
import type { OrgOverviewDto } from '@xiezuo/domain';
import { hasDuplicateRole, needsScope, scopeOptions, toAssignments } from './scope-options';

const org: OrgOverviewDto = {
  tenant: { id: 't', name: '天津市南开区', regionCode: '120104' },
  year: 2019,
  east: null,
  counties: [{ code: '621022', name: '环县', parents: [], townships: 20, villages: 275 }],
  leadership: null,
  workingGroups: [
    {
      id: 'g1',
      code: 'talent',
      name: '人才支援专项工作组',
      kind: 'working',
      year: 2019,
      leaderTitle: null,
      leadUnit: null,
      memberUnitIds: [],
      version: 1,
    },
  ],
  units: [
    {
      id: 'u1',
      code: 'zuzhibu',
      name: '区委组织部',
      type: 'party_gov',
      side: 'east',
      regionCode: null,
      creditCode: null,
      isMember: true,
      isIllustrative: false,
      version: 1,
    },
  ],
};

describe('scopeOptions', () => {
  it('binds units by id, working groups and counties by code', () => {
    expect(scopeOptions('unit', org)).toEqual([{ value: 'u1', label: '区委组织部' }]);
    expect(scopeOptions('group', org)).toEqual([{ value: 'talent', label: '人才支援专项工作组' }]);
    expect(scopeOptions('county', org)).toEqual([{ value: '621022', label: '环县' }]);
    expect(scopeOptions('tenant', org)).toEqual([]);
    expect(scopeOptions('unit', undefined)).toEqual([]);
  });
});

describe('role rows', () => {
  it('drops scopes of tenant-wide roles and empty rows', () => {
    expect(needsScope('county_officer')).toBe(true);
    expect(needsScope('leader')).toBe(false);
    expect(
      toAssignments([{ role: 'leader', scopeId: 'stale' }, {}, { role: 'county_officer', scopeId: '621022' }]),
    ).toEqual([
      { role: 'leader', scopeId: null },
      { role: 'county_officer', scopeId: '621022' },
    ]);
  });
  it('spots a role listed twice with the same scope', () => {
    expect(
      hasDuplicateRole([
        { role: 'unit_reporter', scopeId: 'u1' },
        { role: 'unit_reporter', scopeId: 'u2' },
      ]),
    ).toBe(false);
    expect(hasDuplicateRole([{ role: 'leader' }, { role: 'leader', scopeId: 'x' }])).toBe(true);
  });
});
