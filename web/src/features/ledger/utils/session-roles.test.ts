import { describe, expect, it } from 'vitest';
import { recordType } from '@xiezuo/domain';
import { creatableTypes, mayTryReveal, presets, reportingSides, type Grant } from './session-roles';

const reporter: Grant[] = [{ role: 'unit_reporter', scopeId: 'u-zuzhibu', scopeName: '区委组织部' }];
const huan: Grant[] = [{ role: 'county_officer', scopeId: '621022', scopeName: '环县' }];
const office: Grant[] = [{ role: 'office_admin', scopeId: null }];
const group: Grant[] = [{ role: 'group_lead', scopeId: 'talent' }];

describe('what the session may do in the ledger', () => {
  it('offers east-reported types to the east side and west-reported types to counties', () => {
    expect(reportingSides(reporter)).toEqual(['east']);
    expect(creatableTypes(huan).map((t) => t.code)).toEqual(['business_start']);
    expect(creatableTypes(reporter).map((t) => t.code)).toContain('training');
    expect(creatableTypes(reporter).map((t) => t.code)).not.toContain('business_start');
    expect(creatableTypes(group)).toEqual([]);
  });
  it('presets and fixes the reporter’s unit and the officer’s county', () => {
    expect(presets(reporter, recordType('training')!)).toEqual({
      eastUnitId: 'u-zuzhibu',
      lockUnit: true,
      countyCode: null,
      lockCounty: false,
    });
    expect(presets([...reporter, ...office], recordType('training')!)).toMatchObject({
      eastUnitId: 'u-zuzhibu',
      lockUnit: false,
    });
    expect(presets(huan, recordType('business_start')!)).toEqual({
      eastUnitId: null,
      lockUnit: false,
      countyCode: '621022',
      lockCounty: true,
    });
    expect(presets(office, recordType('meeting')!)).toMatchObject({ eastUnitId: null, lockUnit: false });
  });
  it('offers the reveal button', () => {
    expect(mayTryReveal(huan)).toBe(true);
    expect(mayTryReveal(reporter)).toBe(false);
  });
});
