import { sql } from 'drizzle-orm';
import { makeIdNumber } from '@xiezuo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, signedIn, type TestClient, type TestEnv } from '../../../test/harness';

let env: TestEnv;
let zuzhibu: TestClient;
// a 环县 person, entered by 区委组织部 on a record about 环县
const huanPerson = { idNumber: makeIdNumber('621022', '19800101', 901), name: '马 秀兰', isPoor: true };

beforeAll(async () => {
  env = await createTestEnv({ PERSON_LOOKUPS_PER_MINUTE: '12' });
  zuzhibu = await signedIn(env.app, 'unit-zuzhibu');
  const unit = (await env.ctx.db.execute<{ id: string }>(sql`select id from units where code = 'zuzhibu'`)).rows[0]!;
  const rec = await zuzhibu.post('/api/records', {
    type: 'training',
    occurredOn: '2019-06-12',
    eastUnitId: unit.id,
    countyCode: '621022',
    values: { trainingKind: 'cadre', title: '查询核验测试培训', sessions: 1, personTimes: 1 },
    people: [huanPerson],
  });
  expect(rec.status).toBe(200);
});
afterAll(() => env.close());

const lookup = (c: TestClient, body: { idNumber: string; name?: string }) => c.post('/api/persons/lookup', body);

describe('POST /api/persons/lookup: a verification, not a directory', () => {
  it('outside the caller’s scope says only whether the typed name matches, never a name or poverty status', async () => {
    for (const username of ['county-xiahe', 'unit-renshe', 'group-funds']) {
      const c = await signedIn(env.app, username);
      const bare = await lookup(c, { idNumber: huanPerson.idNumber });
      expect(bare.status).toBe(200);
      expect(bare.body).toEqual({ person: null, nameMatch: null });
      expect((await lookup(c, { idNumber: huanPerson.idNumber, name: '马秀英' })).body).toEqual({
        person: null,
        nameMatch: false,
      });
      // typed with a space or full width, the same name
      expect((await lookup(c, { idNumber: huanPerson.idNumber, name: '马秀兰' })).body).toEqual({
        person: null,
        nameMatch: true,
      });
      expect(JSON.stringify(bare.body)).not.toContain('秀兰');
    }
    // an unknown ID number looks the same as a known person outside the scope
    const xiahe = await signedIn(env.app, 'county-xiahe');
    const unknown = makeIdNumber('621022', '19800101', 955);
    expect((await lookup(xiahe, { idNumber: unknown, name: '马秀兰' })).body).toEqual({
      person: null,
      nameMatch: false,
    });
    expect((await lookup(xiahe, { idNumber: unknown })).body).toEqual({ person: null, nameMatch: null });
  });

  it('inside the scope shows the masked person: the person’s county, and the unit whose record they are on', async () => {
    for (const c of [await signedIn(env.app, 'county-huan'), zuzhibu, await signedIn(env.app, 'office')]) {
      const res = await lookup(c, { idNumber: huanPerson.idNumber, name: '马 秀英' });
      expect(res.body).toMatchObject({
        person: { name: '马 秀兰', isPoor: true, countyCode: '621022', idMasked: expect.stringMatching(/^6210\*+/) },
        nameMatch: false,
      });
      expect(JSON.stringify(res.body)).not.toContain(huanPerson.idNumber);
    }
  });

  it('is audited, hit or miss, with the masked ID number only', async () => {
    const qing = await signedIn(env.app, 'county-qingcheng');
    await lookup(qing, { idNumber: huanPerson.idNumber, name: '马秀兰' });
    const rows = await env.ctx.db.execute<{ details: Record<string, unknown>; object_id: string | null }>(
      sql`select details, object_id from audit_log where action = 'person.lookup' and username = 'county-qingcheng'`,
    );
    expect(rows.rows).toHaveLength(1);
    expect(rows.rows[0]!.details).toMatchObject({ found: true, inScope: false, nameGiven: true, nameMatch: true });
    expect(rows.rows[0]!.details.idMasked).toMatch(/^6210\*+\d{3}[\dX]$/);
    const all = await env.ctx.db.execute<{ t: string }>(sql`select string_agg(details::text, ' ') as t from audit_log`);
    expect(all.rows[0]!.t).not.toContain(huanPerson.idNumber);
  });

  it('is limited per user and minute: past the limit 429 with a clear message, other users unaffected', async () => {
    const renshe = await signedIn(env.app, 'unit-renshe', { lang: 'en' });
    const statuses: number[] = [];
    let last: { status: number; body: any; headers: Record<string, unknown> } | undefined;
    for (let i = 0; i < 14; i++) {
      last = await lookup(renshe, { idNumber: makeIdNumber('621022', '19800101', 960 + i) });
      statuses.push(last.status);
    }
    // the earlier test used 3 of this user's 12
    expect(statuses.filter((s) => s === 200)).toHaveLength(9);
    expect(statuses.slice(-5)).toEqual([429, 429, 429, 429, 429]);
    expect(last!.body.error).toMatchObject({
      code: 'LOOKUP_RATE_LIMITED',
      message: 'You have reached the limit of ID-number lookups per minute; try again shortly',
      details: { limitPerMinute: 12, retryAfterSeconds: expect.any(Number) },
    });
    expect(last!.headers['retry-after']).toBeDefined();
    const misses = await env.ctx.db.execute<{ n: number }>(
      sql`select count(*)::int as n from audit_log where action = 'person.lookup' and username = 'unit-renshe'`,
    );
    expect(misses.rows[0]!.n).toBe(12); // the refused ones never reached the lookup
    expect((await lookup(zuzhibu, { idNumber: huanPerson.idNumber })).status).toBe(200);
  });
});
