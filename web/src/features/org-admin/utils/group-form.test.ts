import { describe, expect, it } from 'vitest';
import type { GroupDto } from '@xiezuo/domain';
import { toGroupBody, toGroupPatch, toGroupFormValues } from './group-form';

const GROUP: GroupDto = {
  version: 2,
  id: 'g1',
  code: 'labour',
  name: '劳务协作组',
  kind: 'working',
  year: 2019,
  leaderTitle: null,
  leadUnit: { id: 'u1', name: '区人社局' },
  memberUnitIds: ['u1', 'u2'],
};

describe('group form', () => {
  it('creates a working group of the year without repeating the lead among members', () => {
    expect(
      toGroupBody(2020, { code: ' funds ', name: ' 资金组 ', leadUnitId: 'u1', memberUnitIds: ['u1', 'u3'] }),
    ).toEqual({ year: 2020, code: 'funds', name: '资金组', leadUnitId: 'u1', memberUnitIds: ['u3'] });
  });
  it('patches only what changed, members as a set', () => {
    const v = toGroupFormValues(GROUP);
    expect(toGroupPatch(GROUP, { ...v, memberUnitIds: ['u2', 'u1'] })).toEqual({ version: 2 });
    expect(toGroupPatch(GROUP, { ...v, name: '劳务组', memberUnitIds: ['u1', 'u2', 'u4'] })).toEqual({
      version: 2,
      name: '劳务组',
      memberUnitIds: ['u1', 'u2', 'u4'],
    });
    expect(toGroupPatch({ ...GROUP, kind: 'leadership' }, { ...v, leaderTitle: '区长' })).toEqual({
      version: 2,
      leaderTitle: '区长',
    });
  });
});
