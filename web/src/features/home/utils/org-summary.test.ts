import { describe, expect, it } from 'vitest';
import type { OrgOverviewDto, UnitDto } from '@xiezuo/domain';
import { summarise } from './org-summary';

const unit = (id: string, isMember: boolean): UnitDto => ({
  id,
  code: id,
  name: id,
  type: 'party_gov',
  side: 'east',
  regionCode: null,
  creditCode: null,
  isMember,
  isIllustrative: false,
  version: 1,
});

describe('summarise', () => {
  it('counts member units only and adds up the counties in scope', () => {
    const org: OrgOverviewDto = {
      tenant: { id: 't', name: '天津市南开区', regionCode: '120104' },
      year: 2019,
      east: null,
      counties: [
        { code: '621022', name: '环县', parents: [], townships: 20, villages: 275 },
        { code: '621021', name: '庆城县', parents: [], townships: 15, villages: 176 },
      ],
      leadership: null,
      workingGroups: [],
      units: [unit('a', true), unit('b', true), unit('c', false)],
    };
    expect(summarise(org)).toEqual({ memberUnits: 2, workingGroups: 0, counties: 2, townships: 35, villages: 451 });
  });
});
