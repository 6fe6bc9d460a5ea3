import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, signedIn, type TestClient, type TestEnv } from '../../../test/harness';
import { minusMonths } from './pairings.service';

let env: TestEnv;
let office: TestClient;
beforeAll(async () => {
  env = await createTestEnv({ DORMANT_MONTHS: '6' });
  office = await signedIn(env.app, 'office');
});
afterAll(() => env.close());

const unitId = async (code: string) =>
  (await env.ctx.db.execute<{ id: string }>(sql`select id from units where code = ${code}`)).rows[0]!.id;

describe('pairings: the 2018 demo data as the speech states it', () => {
  it('returns 12 / 9 / 51 / 5 / 5 / 3 pairings by kind for 2018 and 46 agreements', async () => {
    const expected = {
      street_township: 12,
      community_village: 9,
      enterprise_village: 51,
      school_school: 5,
      hospital_hospital: 5,
      district_county: 3,
    };
    for (const [kind, n] of Object.entries(expected)) {
      const res = await office.get(`/api/pairings?year=2018&kind=${kind}`);
      expect(res.status).toBe(200);
      expect(res.body.total, kind).toBe(n);
    }
    expect((await office.get('/api/agreements?year=2018')).body.total).toBe(46);
    const stats = (await office.get('/api/pairings/stats?year=2018')).body;
    expect(stats.agreements).toBe(46);
    expect(stats.byKindAndCounty.reduce((s: number, r: { count: number }) => s + r.count, 0)).toBe(85);
    expect((await office.get('/api/pairings?year=2017')).body.total).toBe(0);
  });

  it('names parties with their region paths and marks illustrative pairings', async () => {
    const res = await office.get('/api/pairings?year=2018&kind=school_school&sort=east');
    const nk = res.body.items.find((p: { east: { name: string } }) => p.east.name === '南开大学附属中学');
    expect(nk.west.name).toBe('夏河中学');
    expect(nk.countyName).toBe('夏河县');
    expect(nk.isIllustrative).toBe(false);
    const street = (await office.get('/api/pairings?kind=street_township&pageSize=1')).body.items[0];
    expect(street.west.regionPath).toMatch(/^甘肃省 (庆阳市|甘南藏族自治州) .+县 .+/);
    expect(street.isIllustrative).toBe(true);
  });
});

describe('pairings: scope', () => {
  it('shows a county officer only their county, and 404 for another county’s pairing', async () => {
    const huan = await signedIn(env.app, 'county-huan');
    const mine = await huan.get('/api/pairings?pageSize=500');
    expect(mine.body.total).toBeGreaterThan(20);
    expect(mine.body.items.every((p: { countyCode: string }) => p.countyCode === '621022')).toBe(true);
    const other = (await office.get('/api/pairings?county=621021&pageSize=1')).body.items[0];
    expect((await huan.get(`/api/pairings/${other.id}`)).status).toBe(404);
    expect((await huan.post(`/api/pairings/${other.id}/confirm`)).status).toBe(404);
    expect((await huan.patch(`/api/pairings/${other.id}`, { version: other.version, status: 'ended' })).status).toBe(
      403,
    );
    const otherAgreement = (await office.get('/api/agreements?county=621021&pageSize=1')).body.items[0];
    expect((await huan.get(`/api/agreements/${otherAgreement.id}`)).status).toBe(404);
    expect(
      (await huan.get('/api/agreements?year=2018')).body.items.every(
        (a: { countyCode: string }) => a.countyCode === '621022',
      ),
    ).toBe(true);
  });

  it('lets the county officer confirm their county’s pairing once, audited', async () => {
    const huan = await signedIn(env.app, 'county-huan');
    const p = (await huan.get('/api/pairings?kind=district_county')).body.items[0];
    expect(p.abilities).toEqual({ edit: false, confirm: true, addAgreement: false });
    const res = await huan.post(`/api/pairings/${p.id}/confirm`);
    expect(res.status).toBe(200);
    expect(res.body.westConfirmedAt).not.toBeNull();
    expect(res.body.abilities.confirm).toBe(false);
    expect((await huan.post(`/api/pairings/${p.id}/confirm`)).status).toBe(409);
    const a = await env.ctx.db.execute(
      sql`select 1 from audit_log where action = 'pairing.confirm' and object_id = ${p.id}`,
    );
    expect(a.rows).toHaveLength(1);
  });

  it('shows a unit reporter the pairings of its own unit', async () => {
    const unit = await signedIn(env.app, 'unit-zuzhibu');
    expect((await unit.get('/api/pairings')).body.total).toBe(0);
    const own = (await unit.get('/api/agreements?year=2018')).body;
    expect(own.total).toBe(3);
    expect(own.items.every((a: { eastPartyName: string }) => a.eastPartyName === '区委组织部')).toBe(true);
    expect((await unit.get(`/api/agreements/${own.items[0].id}`)).status).toBe(200);
  });
});

describe('pairings: create, validate, change', () => {
  it('creates a pairing of units or regions, refuses duplicates, unknown parties and end before start', async () => {
    const body = {
      kind: 'other',
      east: { unitId: await unitId('kejiju') },
      west: { regionCode: '623027100' },
      startDate: '2019-03-01',
      endDate: '2021-12-31',
    };
    const created = await office.post('/api/pairings', body);
    expect(created.status).toBe(200);
    expect(created.body.countyCode).toBe('623027');
    expect(created.body.east.name).toBe('区科技局');
    expect((await office.post('/api/pairings', body)).body.error.code).toBe('DUPLICATE');
    const backwards = await office.post('/api/pairings', {
      ...body,
      west: { regionCode: '623027101' },
      endDate: '2018-01-01',
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.details.fields[0].path).toBe('endDate');
    const unknownRegion = await office.post('/api/pairings', { ...body, west: { regionCode: '999999999' } });
    expect(unknownRegion.body.error.details.fields[0].message).toBe('unknown region code');
    const notAssisted = await office.post('/api/pairings', { ...body, west: { regionCode: '620102' } });
    expect(notAssisted.status).toBe(400);
    const bothParties = await office.post('/api/pairings', {
      ...body,
      east: { unitId: await unitId('kejiju'), regionCode: '120104' },
    });
    expect(bothParties.status).toBe(400);

    const stale = await office.patch(`/api/pairings/${created.body.id}`, { version: 0, status: 'suspended' });
    expect(stale.status).toBe(409);
    const changed = await office.patch(`/api/pairings/${created.body.id}`, {
      version: created.body.version,
      status: 'suspended',
    });
    expect(changed.body.status).toBe('suspended');
    const audit = await env.ctx.db.execute(
      sql`select action from audit_log where object_id = ${created.body.id} order by id`,
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['pairing.create', 'pairing.update']);
  });

  it('lists with filters, sorting and paging', async () => {
    const page1 = await office.get(
      '/api/pairings?year=2018&kind=enterprise_village&county=621022&pageSize=5&sort=east',
    );
    expect(page1.body.items).toHaveLength(5);
    const names = page1.body.items.map((p: { east: { name: string } }) => p.east.name);
    expect([...names].sort()).toEqual(names);
    const page2 = await office.get(
      '/api/pairings?year=2018&kind=enterprise_village&county=621022&pageSize=5&page=2&sort=east',
    );
    expect(page2.body.items[0].east.name >= names[4]).toBe(true);
    expect((await office.get('/api/pairings?kind=marriage')).status).toBe(400);
  });
});

describe('agreements', () => {
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

  it('creates an agreement with target rows and a signed PDF downloadable only in scope', async () => {
    const p = (await office.get('/api/pairings?kind=hospital_hospital&county=621022&pageSize=1')).body.items[0];
    const created = await office.post('/api/agreements', {
      pairingId: p.id,
      title: '远程会诊合作协议',
      signedOn: '2019-04-01',
      yearFrom: 2019,
      yearTo: 2020,
      commitments: '每年派驻医生不少于 2 人。',
      targets: [
        { year: 2019, description: '派驻医生', quantity: 2, unit: '人', indicatorCode: 'talent.professionals_sent' },
      ],
    });
    expect(created.status).toBe(200);
    expect(created.body.targets[0]).toMatchObject({ quantity: 2, indicatorCode: 'talent.professionals_sent' });
    const id = created.body.id;
    const res = await office.upload(`/api/agreements/${id}/files`, {
      filename: '协议.pdf',
      content: pdf,
      type: 'application/pdf',
    });
    expect(res.status).toBe(200);
    const file = res.body.files[0];
    expect(file).toMatchObject({ filename: '协议.pdf', mime: 'application/pdf', size: pdf.length });

    const refused = await office.upload(`/api/agreements/${id}/files`, {
      filename: 'evil.pdf',
      content: Buffer.from('MZ this is an exe'),
      type: 'application/pdf',
    });
    expect(refused.status).toBe(415);

    const huan = await signedIn(env.app, 'county-huan');
    const dl = await huan.get(`/api/agreements/${id}/files/${file.id}`);
    expect(dl.status).toBe(200);
    expect(dl.headers['content-type']).toBe('application/pdf');
    const qing = await signedIn(env.app, 'county-qingcheng');
    expect((await qing.get(`/api/agreements/${id}/files/${file.id}`)).status).toBe(404);
    expect(
      (
        await huan.post('/api/agreements', {
          pairingId: p.id,
          title: 'x',
          signedOn: '2019-01-01',
          yearFrom: 2019,
          yearTo: 2019,
        })
      ).status,
    ).toBe(403);
    expect((await office.get(`/api/agreements?year=2019&pairing=${p.id}`)).body.total).toBe(2);
  });
});

describe('dormant pairings (warning rule)', () => {
  it('lists active pairings with no ledger record in the last N months', async () => {
    const qing = (await office.get('/api/pairings?kind=street_township&county=621021&pageSize=3')).body.items;
    const [active, stale, fresh] = qing as { id: string }[];
    const tenant = (await env.ctx.db.execute<{ id: string }>(sql`select id from tenants where code = 'nankai'`))
      .rows[0]!.id;
    const add = (pairingId: string, on: string, status = 'confirmed') =>
      env.ctx.db.execute(
        sql`insert into records (tenant_id, type_code, year, occurred_on, county_code, pairing_id, status) values (${tenant}, 'visit', ${Number(on.slice(0, 4))}, ${on}, '621021', ${pairingId}, ${status})`,
      );
    await add(active!.id, '2019-08-15');
    await add(stale!.id, '2019-01-10');
    await add(fresh!.id, '2019-09-01', 'draft');
    const res = await office.get('/api/pairings/dormant?asOf=2019-09-30');
    expect(res.status).toBe(200);
    expect(res.body.months).toBe(6);
    const ids = res.body.items.map((p: { id: string }) => p.id);
    expect(ids).not.toContain(active!.id);
    expect(ids).toContain(stale!.id);
    expect(ids).toContain(fresh!.id); // a draft does not count as activity
    expect(res.body.items.find((p: { id: string }) => p.id === stale!.id).monthsSinceLastRecord).toBe(8);
    const longer = await office.get('/api/pairings/dormant?asOf=2019-09-30&months=9');
    expect(longer.body.items.map((p: { id: string }) => p.id)).not.toContain(stale!.id);
    const huan = await signedIn(env.app, 'county-huan');
    expect(
      (await huan.get('/api/pairings/dormant?asOf=2019-09-30')).body.items.every(
        (p: { countyCode: string }) => p.countyCode === '621022',
      ),
    ).toBe(true);
  });

  it('subtracts months on calendar boundaries', () => {
    expect(minusMonths('2019-09-30', 6)).toBe('2019-03-30');
    expect(minusMonths('2019-08-31', 6)).toBe('2019-02-28');
    expect(minusMonths('2019-03-15', 12)).toBe('2018-03-15');
  });
});
