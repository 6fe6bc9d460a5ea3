import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, signedIn, type TestClient, type TestEnv } from '../../../test/harness';

let env: TestEnv;
let office: TestClient;
beforeAll(async () => {
  env = await createTestEnv();
  office = await signedIn(env.app, 'office');
});
afterAll(() => env.close());

describe('units', () => {
  it('creates units with a validated unified social credit code and region, refusing bad ones', async () => {
    const ok = await office.post('/api/units', {
      code: 'jixiang',
      name: '集翔集团',
      type: 'enterprise',
      side: 'east',
      regionCode: '120104',
      creditCode: '91110108551385082q',
    });
    expect(ok.status).toBe(200);
    expect(ok.body.creditCode).toBe('91110108551385082Q');
    const badCode = await office.post('/api/units', {
      code: 'bad-cc',
      name: 'X',
      type: 'enterprise',
      side: 'east',
      creditCode: '91110108551385082A',
    });
    expect(badCode.status).toBe(400);
    expect(badCode.body.error.details.fields[0].path).toBe('creditCode');
    const wrongSide = await office.post('/api/units', {
      code: 'west-in-east',
      name: 'X',
      type: 'county_bureau',
      side: 'west',
      regionCode: '120104',
    });
    expect(wrongSide.body.error.details.fields[0].message).toBe('not in an assisted county');
    expect(
      (await office.post('/api/units', { code: 'jixiang', name: 'dup', type: 'enterprise', side: 'east' })).status,
    ).toBe(409);
    const bureau = await office.post('/api/units', {
      code: 'huan-edu',
      name: '环县教育局',
      type: 'county_bureau',
      side: 'west',
      regionCode: '621022',
    });
    expect(bureau.status).toBe(200);
    const renamed = await office.patch(`/api/units/${bureau.body.id}`, {
      version: bureau.body.version,
      name: '环县教育局（改）',
    });
    expect(renamed.body.name).toBe('环县教育局（改）');
    expect(
      (await office.patch(`/api/units/${bureau.body.id}`, { version: bureau.body.version, name: 'again' })).status,
    ).toBe(409);
  });

  it('lists units filtered by side, type and membership, and refuses changes from read-only roles', async () => {
    const members = await office.get('/api/units?member=true&pageSize=100');
    expect(members.body.total).toBe(30);
    const schools = await office.get('/api/units?type=school&side=west');
    expect(schools.body.items.map((u: { name: string }) => u.name)).toContain('夏河中学');
    const leader = await signedIn(env.app, 'leader');
    expect((await leader.post('/api/units', { code: 'x1', name: 'X', type: 'enterprise', side: 'east' })).status).toBe(
      403,
    );
    const sys = await signedIn(env.app, 'sysadmin');
    expect((await sys.post('/api/units', { code: 'x2', name: 'X', type: 'enterprise', side: 'east' })).status).toBe(
      403,
    );
  });
});

describe('working groups per year', () => {
  it('changes a group’s members, creates a group, and copies a year’s structure to the next', async () => {
    const org = (await office.get('/api/org?year=2019')).body;
    const labour = org.workingGroups.find((g: { code: string }) => g.code === 'labour');
    const minzheng = org.units.find((u: { name: string }) => u.name === '区民政局');
    const res = await office.patch(`/api/org/groups/${labour.id}`, {
      version: labour.version,
      memberUnitIds: [...labour.memberUnitIds, minzheng.id],
    });
    expect(res.status).toBe(200);
    expect(res.body.memberUnitIds).toContain(minzheng.id);
    expect(res.body.memberUnitIds).toContain(labour.leadUnit.id);
    const created = await office.post('/api/org/groups', {
      year: 2019,
      code: 'science',
      name: '科技帮扶专项工作组',
      leadUnitId: org.units.find((u: { name: string }) => u.name === '区科技局').id,
    });
    expect(created.status).toBe(200);
    expect(
      (await office.post('/api/org/groups', { year: 2019, code: 'science', name: 'dup', leadUnitId: minzheng.id }))
        .status,
    ).toBe(409);
    const copy = await office.post('/api/org/years/2020/copy', { fromYear: 2019 });
    expect(copy.body).toEqual({ year: 2020, groups: 13 });
    const y2020 = (await office.get('/api/org?year=2020')).body;
    expect(y2020.workingGroups).toHaveLength(12);
    expect(y2020.leadership.memberUnitIds).toHaveLength(30);
    expect((await office.post('/api/org/years/2020/copy', { fromYear: 2019 })).status).toBe(409);
  });
});
