import { describe, expect, it } from 'vitest';
import type { UnitDto } from '@xiezuo/domain';
import { parseUnitFilters, toUnitQuery, unitSortFromTable } from './unit-filters';
import { toUnitBody, toUnitPatch } from './unit-form';

const UNIT: UnitDto = {
  id: 'u1',
  code: 'renshe',
  name: '区人社局',
  type: 'party_gov',
  side: 'east',
  regionCode: '120104',
  creditCode: null,
  isMember: true,
  isIllustrative: false,
  version: 3,
};

describe('units URL', () => {
  it('keeps side, type, member, search, sort and paging', () => {
    const f = parseUnitFilters(
      new URLSearchParams('side=west&type=school&member=false&q=%20一中&sort=name&page=2&pageSize=20'),
    );
    expect(toUnitQuery(f)).toEqual({
      side: 'west',
      type: 'school',
      member: 'false',
      q: '一中',
      sort: 'name',
      page: 2,
      pageSize: 20,
    });
    expect(
      toUnitQuery(parseUnitFilters(new URLSearchParams('side=north&type=x&member=maybe&sort=-name&pageSize=13'))),
    ).toEqual({ sort: 'sort', page: 1, pageSize: 50 });
  });
  it('maps header sorting', () => {
    expect(unitSortFromTable('name', 'ascend')).toBe('name');
    expect(unitSortFromTable('name', null)).toBe('sort');
    expect(unitSortFromTable('code', 'ascend')).toBe('sort');
  });
});

describe('unit form', () => {
  it('trims, upper-cases the credit code and sends blanks as null', () => {
    expect(
      toUnitBody({
        code: ' x-1 ',
        name: ' 某企业 ',
        type: 'enterprise',
        side: 'east',
        regionCode: '',
        creditCode: ' 91120104ma05xxxxxx ',
        isMember: false,
      }),
    ).toEqual({
      code: 'x-1',
      name: '某企业',
      type: 'enterprise',
      side: 'east',
      regionCode: null,
      creditCode: '91120104MA05XXXXXX',
      isMember: false,
    });
  });
  it('patches only what changed, with the version read', () => {
    expect(
      toUnitPatch(UNIT, {
        code: 'renshe',
        name: '区人力社保局',
        type: 'party_gov',
        side: 'east',
        regionCode: '120104',
        isMember: true,
      }),
    ).toEqual({ version: 3, name: '区人力社保局' });
  });
});
