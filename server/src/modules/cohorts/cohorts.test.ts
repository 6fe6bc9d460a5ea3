import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIdNumber, type CohortDetailDto, type CohortDto } from '@xiezuo/domain';
import { createTestEnv, signedIn, type TestClient, type TestEnv } from '../../../test/harness';

let env: TestEnv;
let office: TestClient;
let cohort: CohortDto;

beforeAll(async () => {
  env = await createTestEnv();
  office = await signedIn(env.app, 'office');
  cohort = (await office.get('/api/cohorts')).body.items[0];
});
afterAll(() => env.close());

const detail = async (c: TestClient = office) => (await c.get(`/api/cohorts/${cohort.id}`)).body as CohortDetailDto;
const count = async (q: ReturnType<typeof sql>) => (await env.ctx.db.execute<{ n: number }>(q)).rows[0]!.n;

describe('cohorts: the 夏河班 register from the demo data', () => {
  it('lists the 夏河班 at 南开大学附属中学 with its 32 students, all supported', async () => {
    const list = (await office.get('/api/cohorts')).body;
    expect(list.total).toBe(1);
    expect(cohort).toMatchObject({
      name: '夏河班（南开大学附属中学）',
      school: { name: '南开大学附属中学' },
      county: { code: '623027', name: '夏河县' },
      startYear: 2018,
      students: 32,
      supported: 32,
      amountFen: 32 * 150_000,
      abilities: { edit: true },
    });
    expect(cohort.pairingId).not.toBeNull();
  });

  it('shows masked ID numbers, two terms of results and the records each support produced', async () => {
    const d = await detail();
    expect(d.roster).toHaveLength(32);
    for (const s of d.roster) {
      expect(s.idMasked).toMatch(/^\d{6}\*+\d{3}[\dX]$|\*/);
      expect(s.idMasked).not.toMatch(/^\d{18}$/);
      expect(s.results.map((r) => r.term)).toEqual(['2018-2019-1', '2018-2019-2']);
      expect(s.supports.every((x) => x.recordId !== null)).toBe(true);
    }
    const mentored = d.roster.filter((s) => s.supports.some((x) => x.kind === 'mentoring')).length;
    expect(mentored).toBe(12);
    const produced = await count(
      sql`select count(*)::int n from records where source_type = 'cohort_support' and type_code = 'student_support' and status = 'confirmed'`,
    );
    expect(produced).toBe(32 + 12);
  });
});

describe('cohorts: keeping the register', () => {
  it('adds a student by ID number, records a result, and a scholarship produces a counted record', async () => {
    const idNumber = makeIdNumber('623027', '20040506', 901);
    const added = await office.post(`/api/cohorts/${cohort.id}/students`, {
      idNumber,
      name: '洛桑嘉措',
      grade: '高一',
      enrolledOn: '2019-09-01',
    });
    expect(added.status).toBe(200);
    expect(added.body.students).toBe(33);
    expect(JSON.stringify(added.body)).not.toContain(idNumber);
    const s = (added.body as CohortDetailDto).roster.find((x) => x.name === '洛桑嘉措')!;
    const result = await office.post(`/api/cohorts/${cohort.id}/students/${s.id}/results`, {
      term: '2019-2020-1',
      score: 88.5,
      rank: 3,
      classSize: 33,
    });
    expect(result.status).toBe(200);
    const support = await office.post(`/api/cohorts/${cohort.id}/students/${s.id}/supports`, {
      kind: 'scholarship',
      amountFen: 200_000,
      term: '2019-2020-1',
      givenOn: '2019-10-08',
    });
    expect(support.status).toBe(200);
    const after = (support.body as CohortDetailDto).roster.find((x) => x.id === s.id)!;
    expect(after.results[0]).toMatchObject({ term: '2019-2020-1', score: 88.5, rank: 3 });
    const recordId = after.supports[0]!.recordId!;
    const rec = await office.get(`/api/records/${recordId}`);
    expect(rec.status).toBe(200);
    expect(rec.body).toMatchObject({ type: 'student_support', status: 'confirmed', countyCode: '623027' });
    expect(support.body.supported).toBe(33);
  });

  it('refuses a bad ID number, a student twice, a place beyond the class and money-less scholarship, changing nothing', async () => {
    const before = await count(sql`select count(*)::int n from cohort_students`);
    const bad = await office.post(`/api/cohorts/${cohort.id}/students`, {
      idNumber: '623027200405069999',
      name: '某',
      grade: '高一',
      enrolledOn: '2019-09-01',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
    const d = await detail();
    const first = d.roster[0]!;
    const twice = await office.post(`/api/cohorts/${cohort.id}/students`, {
      idNumber: makeIdNumber('623027', '20040506', 901),
      name: '洛桑嘉措',
      grade: '高一',
      enrolledOn: '2019-09-01',
    });
    expect(twice.status).toBe(409);
    expect(await count(sql`select count(*)::int n from cohort_students`)).toBe(before);
    const rank = await office.post(`/api/cohorts/${cohort.id}/students/${first.id}/results`, {
      term: '2019-2020-1',
      rank: 40,
      classSize: 32,
    });
    expect(rank.status).toBe(400);
    const money = await office.post(`/api/cohorts/${cohort.id}/students/${first.id}/supports`, {
      kind: 'scholarship',
      givenOn: '2019-10-08',
    });
    expect(money.status).toBe(400);
    expect((await detail()).roster.find((s) => s.id === first.id)!.supports).toHaveLength(first.supports.length);
  });

  it('shows the cohort to 夏河县 read-only and hides it from another county and an unrelated unit', async () => {
    const xiahe = await signedIn(env.app, 'county-xiahe');
    const seen = await xiahe.get(`/api/cohorts/${cohort.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.abilities.edit).toBe(false);
    const s = (seen.body as CohortDetailDto).roster[0]!;
    const write = await xiahe.post(`/api/cohorts/${cohort.id}/students/${s.id}/results`, { term: '2019-2020-1' });
    expect(write.status).toBe(403);
    const huan = await signedIn(env.app, 'county-huan');
    expect((await huan.get('/api/cohorts')).body.total).toBe(0);
    expect((await huan.get(`/api/cohorts/${cohort.id}`)).status).toBe(404);
    const zuzhibu = await signedIn(env.app, 'unit-zuzhibu');
    expect((await zuzhibu.get(`/api/cohorts/${cohort.id}`)).status).toBe(404);
  });
});
