import { describe, expect, it } from 'vitest';
import { callerScope } from './caller-scope';

describe('caller scope of the progress views', () => {
  it('leaves district-wide roles free to choose', () => {
    expect(callerScope([{ role: 'leader', scopeId: null }])).toBeNull();
    expect(
      callerScope([
        { role: 'office_admin', scopeId: null },
        { role: 'county_officer', scopeId: '621022' },
      ]),
    ).toBeNull();
  });

  it('holds a county officer to their county before any other scope, as the server does', () => {
    expect(callerScope([{ role: 'county_officer', scopeId: '623027' }])).toEqual({ key: 'county', ids: ['623027'] });
    expect(
      callerScope([
        { role: 'unit_reporter', scopeId: 'u1' },
        { role: 'group_lead', scopeId: 'labour' },
      ]),
    ).toEqual({ key: 'group', ids: ['labour'] });
    expect(callerScope([{ role: 'unit_reporter', scopeId: 'u1' }])).toEqual({ key: 'unit', ids: ['u1'] });
  });
});
