import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIdNumber, type PairingDto } from '@xiezuo/domain';
import { createTestEnv, signedIn, type TestClient, type TestEnv } from '../../../test/harness';

let env: TestEnv;
let office: TestClient;
beforeAll(async () => {
  env = await createTestEnv({ DORMANT_MONTHS: '6' });
  office = await signedIn(env.app, 'office');
});
afterAll(() => env.close());

const one = async <T>(q: ReturnType<typeof sql>) => (await env.ctx.db.execute<T & Record<string, unknown>>(q)).rows[0]!;
const family = async (c: TestClient = office) =>
  (await c.get('/api/pairings?kind=cadre_household&pageSize=50')).body as { items: PairingDto[]; total: number };

describe('结对认亲: cadre ↔ poor household pairs', () => {
  it('seeds six pairs with both persons masked, counted by the 2019 indicator with their visits', async () => {
    const { items, total } = await family();
    expect(total).toBe(6);
    for (const p of items) {
      expect(p.east.person?.idMasked).toMatch(/\*/);
      expect(p.west.person?.idMasked).toMatch(/\*/);
      expect(p.west.regionPath).toMatch(/^甘肃省 /);
    }
    const visits = await one<{ n: number }>(
      sql`select count(*)::int n from records r join pairings p on p.id = r.pairing_id
          where p.kind = 'cadre_household' and r.type_code = 'family_visit' and r.status = 'confirmed'`,
    );
    expect(visits.n).toBe(5 * 4 + 1);
    const heads = await one<{ n: number }>(
      sql`select count(*)::int n from pairings p join persons h on h.id = p.west_person_id
          where p.kind = 'cadre_household' and h.is_poor`,
    );
    expect(heads.n).toBe(6);
  });

  it('warns the pair visited once in March as dormant on 30 September, and not the others', async () => {
    const res = await office.get('/api/pairings/dormant?asOf=2019-09-30');
    const dormant = (res.body.items as (PairingDto & { monthsSinceLastRecord: number })[]).filter(
      (p) => p.kind === 'cadre_household',
    );
    expect(dormant).toHaveLength(1);
    expect(dormant[0]!.monthsSinceLastRecord).toBe(6);
    const warnings = await office.get('/api/warnings?asOf=2019-09-30&kind=dormant_pairing');
    expect(warnings.status).toBe(200);
    expect(JSON.stringify(warnings.body)).toContain(dormant[0]!.id);
  });

  it('creates a pair by ID numbers, kept encrypted; finds the same cadre again; refuses a bad ID and missing persons', async () => {
    const unit = await one<{ id: string }>(sql`select id from units where code = 'zuzhibu'`);
    const village = await one<{ code: string }>(
      sql`select code from regions where level = 'village' and code like '621021%' order by code limit 1 offset 7`,
    );
    const cadreId = makeIdNumber('120104', '19800312', 515);
    const body = {
      kind: 'cadre_household',
      east: { unitId: unit.id, regionCode: null },
      west: { unitId: null, regionCode: village.code },
      startDate: '2019-10-01',
      eastPerson: { idNumber: cadreId, name: '何志明' },
      westPerson: { idNumber: makeIdNumber('621021', '19620505', 616), name: '杨永福' },
    };
    const created = await office.post('/api/pairings', body);
    expect(created.status).toBe(200);
    expect(created.body.east.person).toMatchObject({ name: '何志明' });
    expect(JSON.stringify(created.body)).not.toContain(cadreId);
    const stored = await one<{ n: number }>(
      sql`select count(*)::int n from persons where id_enc like ${`%${cadreId}%`}`,
    );
    expect(stored.n).toBe(0);
    // the same cadre with a second household: the person is found again, not duplicated
    const second = await office.post('/api/pairings', {
      ...body,
      westPerson: { idNumber: makeIdNumber('621021', '19640707', 617), name: '马桂兰' },
    });
    expect(second.status).toBe(200);
    expect(second.body.east.person.id).toBe(created.body.east.person.id);
    expect((await office.post('/api/pairings', body)).body.error.code).toBe('DUPLICATE');

    const before = (await family()).total;
    const badId = await office.post('/api/pairings', {
      ...body,
      westPerson: { idNumber: '621021196205056169', name: '杨永福' },
    });
    expect(badId.status).toBe(400);
    expect(badId.body.error.details.fields[0].path).toBe('westPerson.idNumber');
    const noPersons = await office.post('/api/pairings', { ...body, eastPerson: null, westPerson: null });
    expect(noPersons.status).toBe(400);
    const personsOnOther = await office.post('/api/pairings', { ...body, kind: 'enterprise_village' });
    expect(personsOnOther.status).toBe(400);
    expect((await family()).total).toBe(before);
  });

  it('shows a county officer only their county’s pairs', async () => {
    const huan = await signedIn(env.app, 'county-huan');
    const mine = await family(huan);
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.items.every((p) => p.countyCode === '621022')).toBe(true);
  });
});
