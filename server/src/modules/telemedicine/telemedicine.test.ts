import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identifyingIn, makeIdNumber, type TelemedListDto, type TelemedRequestDto } from '@xiezuo/domain';
import { createTestEnv, signedIn, type TestClient, type TestEnv } from '../../../test/harness';

let env: TestEnv;
let office: TestClient;
let doctor: TestClient; // 环县示例医院（1）
let pairingId: string; // its pair with 南开区示例医院（1）

beforeAll(async () => {
  env = await createTestEnv();
  office = await signedIn(env.app, 'office');
  doctor = await signedIn(env.app, 'hospital-huan');
  pairingId = (
    await env.ctx.db.execute<{ id: string }>(
      sql`select p.id from pairings p join units u on u.id = p.east_unit_id where u.code = 'hospital-east-1'`,
    )
  ).rows[0]!.id;
});
afterAll(() => env.close());

const n = async (q: ReturnType<typeof sql>) => (await env.ctx.db.execute<{ n: number }>(q)).rows[0]!.n;
const requests = () => n(sql`select count(*)::int n from telemed_requests`);
/** A qualitative-plus-count indicator's cases in 2019: its overall value counts counties, each county its cases. */
const progress2019 = async (code: string) => {
  const res = await office.get('/api/plans/2019/progress?asOf=2019-12-31');
  const item = (res.body.items as { code: string; counties: { value: number }[] }[]).find((i) => i.code === code)!;
  return item.counties.reduce((s, c) => s + c.value, 0);
};
const SUMMARY = '男，62岁，反复胸痛2周，心电图示前壁ST段抬高，请会诊明确诊断及治疗方案。';
const open = (c: TestClient, extra: object = {}) =>
  c.post('/api/telemedicine/requests', {
    kind: 'consultation',
    pairingId,
    department: '心内科',
    urgency: 'urgent',
    summary: SUMMARY,
    ...extra,
  });
const step = (c: TestClient, r: TelemedRequestDto, body: object) =>
  c.post(`/api/telemedicine/requests/${r.id}/transitions`, { version: r.version, ...body });

describe('telemedicine: the demo network', () => {
  it('holds 40 requests over the five hospital pairs in every state, 20 closed as ledger records', async () => {
    const all = (await office.get('/api/telemedicine/requests?pageSize=200')).body as TelemedListDto;
    expect(all.total).toBe(40);
    expect(new Set(all.items.map((r) => r.pairingId)).size).toBe(5);
    const byStatus: Record<string, TelemedRequestDto[]> = {};
    for (const r of all.items) (byStatus[r.status] ??= []).push(r);
    for (const s of ['requested', 'assigned', 'scheduled', 'answered', 'closed', 'cancelled'])
      expect(byStatus[s]?.length ?? 0, s).toBeGreaterThan(0);
    expect(byStatus.closed).toHaveLength(20);
    expect(byStatus.closed!.every((r) => r.recordId && r.feedback && r.opinion && r.expert)).toBe(true);
    expect(
      await n(
        sql`select count(*)::int n from records where type_code = 'telemedicine' and source_type = 'telemedicine_request'`,
      ),
    ).toBe(20);
    const huan = (await office.get('/api/telemedicine/requests?county=621022&status=closed')).body as TelemedListDto;
    expect(huan.total).toBeGreaterThan(0);
    expect(huan.items.every((r) => r.county.code === '621022' && r.status === 'closed')).toBe(true);
  });

  it('shows a county officer and a hospital only their own requests', async () => {
    const qing = await signedIn(env.app, 'county-qingcheng');
    const mine = (await qing.get('/api/telemedicine/requests?pageSize=200')).body as TelemedListDto;
    expect(mine.total).toBe(16);
    expect(mine.items.every((r) => r.county.code === '621021')).toBe(true);
    const own = (await doctor.get('/api/telemedicine/requests?pageSize=200')).body as TelemedListDto;
    expect(own.total).toBe(8);
    const other = (await office.get('/api/telemedicine/requests?county=623027&pageSize=1')).body.items[0];
    expect((await doctor.get(`/api/telemedicine/requests/${other.id}`)).status).toBe(404);
    expect((await qing.get(`/api/telemedicine/requests/${other.id}`)).status).toBe(404);
  });
});

describe('telemedicine: a consultation from request to record', () => {
  it('opens, attaches, assigns, schedules, answers and closes; the record and the indicator follow', async () => {
    const before = await progress2019('health_edu.remote_consultations');
    const opened = await open(doctor);
    expect(opened.status).toBe(200);
    let r = opened.body as TelemedRequestDto;
    expect(r).toMatchObject({
      status: 'requested',
      eastHospital: { name: '南开区示例医院（1）' },
      requestedBy: '环县示例医院（1）医生',
    });
    expect(r.number).toMatch(/^远程会诊-\d{4}-\d{4}$/);
    // a PNG image and a DICOM file are attached; a text file is not
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]);
    expect(
      (await doctor.upload(`/api/telemedicine/requests/${r.id}/files`, { filename: 'ecg.png', content: png })).status,
    ).toBe(200);
    const dicom = Buffer.concat([Buffer.alloc(128), Buffer.from('DICM'), Buffer.alloc(256, 1)]);
    const withDicom = await doctor.upload(`/api/telemedicine/requests/${r.id}/files`, {
      filename: 'ct.dcm',
      content: dicom,
    });
    expect(withDicom.status).toBe(200);
    expect(withDicom.body.files.map((f: { mime: string }) => f.mime)).toEqual(['image/png', 'application/dicom']);
    const txt = await doctor.upload(`/api/telemedicine/requests/${r.id}/files`, {
      filename: 'a.txt',
      content: Buffer.from('hello'),
    });
    expect(txt.status).toBe(415);
    const file = await doctor.get(`/api/telemedicine/requests/${r.id}/files/${withDicom.body.files[1].id}`);
    expect(file.status).toBe(200);
    expect(file.raw.subarray(128, 132).toString()).toBe('DICM');

    const coordinator = await signedIn(env.app, 'hospital-nk1');
    r = (await coordinator.get(`/api/telemedicine/requests/${r.id}`)).body;
    expect(r.abilities.assign).toBe(true);
    const expert = r.experts.find((e) => e.name.includes('专家'))!;
    const assigned = await step(coordinator, r, { action: 'assign', expertUserId: expert.id });
    expect(assigned.status).toBe(200);
    r = assigned.body;
    const specialist = await signedIn(env.app, 'expert-nk1');
    const scheduled = await step(specialist, r, {
      action: 'schedule',
      sessionOn: '2019-10-12',
      sessionTime: '14:30',
      sessionLink: '远程会诊室 2 号线路',
    });
    expect(scheduled.status).toBe(200);
    r = scheduled.body;
    // only the assigned expert answers: not the coordinator, not another hospital's expert
    const opinion = { action: 'answer', opinion: '考虑急性前壁心肌梗死，建议尽快转诊行冠脉介入治疗。' };
    expect((await step(coordinator, r, opinion)).status).toBe(403);
    expect((await step(await signedIn(env.app, 'expert-nk2'), r, opinion)).status).toBe(404);
    const answered = await step(specialist, r, opinion);
    expect(answered.status).toBe(200);
    r = answered.body;
    expect(r.status).toBe('answered');
    expect((await step(specialist, r, { action: 'close', feedback: '已转诊', rating: 5 })).status).toBe(403);
    const closed = await step(doctor, r, { action: 'close', feedback: '已按意见转诊，患者平稳。', rating: 5 });
    expect(closed.status).toBe(200);
    r = closed.body;
    expect(r.status).toBe('closed');
    const rec = await office.get(`/api/records/${r.recordId}`);
    expect(rec.body).toMatchObject({
      type: 'telemedicine',
      status: 'confirmed',
      countyCode: '621022',
      pairingId,
      values: { consultKind: 'remote_consultation', sessions: 1 },
      source: { type: 'telemedicine_request' },
    });
    // the record is dated today: it counts in today's year, not in 2019's
    if (rec.body.year === 2019) expect(await progress2019('health_edu.remote_consultations')).toBe(before + 1);
    expect((await step(doctor, r, { action: 'cancel', reason: '重复' })).status).toBe(409);
  });

  it('counts the 2019 demo consultations and pathology cases in the indicators, drilling down to the requests', async () => {
    const closed = (await office.get('/api/telemedicine/requests?status=closed&year=2019&pageSize=200'))
      .body as TelemedListDto;
    const consults = closed.items.filter((r) => r.kind === 'consultation').length;
    expect(await progress2019('health_edu.remote_consultations')).toBe(consults);
    expect(await progress2019('health_edu.remote_pathology')).toBe(closed.items.length - consults);
    // the year-end summary's 医教 part states the cases and the 夏河班 students supported (as of the year's end, as the
    // counts above; by default a report is as of the working date, 2019-09-30 in the demo)
    const html = await office.get('/api/reports/summary?year=2019&scope=district&format=html&asOf=2019-12-31');
    const text = String(html.raw.toString('utf8'))
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, '');
    expect(text).toContain(`开展远程会诊${consults}例`);
    expect(text).toContain(`远程病理诊断${closed.items.length - consults}例`);
    expect(text).toContain('资助帮扶在津就读的32名甘南学生');
    const rec = await office.get(`/api/records/${closed.items[0]!.recordId}`);
    expect(rec.body.source.link.path).toBe(`/telemedicine/${closed.items[0]!.id}`);
  });
});

describe('telemedicine: bad input changes nothing', () => {
  it('refuses a summary with an 18-digit ID number or a phone number, saying which', async () => {
    const count = await requests();
    const withId = await open(doctor, {
      summary: `患者身份证${makeIdNumber('621022', '19570312', 123)}，胸痛2周，请会诊。`,
    });
    expect(withId.status).toBe(400);
    expect(withId.body.error.code).toBe('SUMMARY_IDENTIFYING');
    expect(withId.body.error.details).toMatchObject({ field: 'summary', found: 'id_number' });
    const withPhone = await open(doctor, { summary: '男，62岁，胸痛2周，家属电话 139 1234 5678，请会诊。' });
    expect(withPhone.status).toBe(400);
    expect(withPhone.body.error.details.found).toBe('phone');
    expect(withPhone.body.error.message).toMatch(/身份证号或电话号码|ID number or phone/);
    expect(await requests()).toBe(count);
  });

  it('refuses another county’s pair, a school pair, an expert of another hospital and a stale version', async () => {
    const count = await requests();
    const other = (
      await env.ctx.db.execute<{ id: string }>(
        sql`select p.id from pairings p join units u on u.id = p.east_unit_id where u.code = 'hospital-east-5'`,
      )
    ).rows[0]!.id;
    expect((await open(doctor, { pairingId: other })).status).toBe(403);
    const school = (await office.get('/api/pairings?kind=school_school&pageSize=1')).body.items[0].id;
    expect((await open(office, { pairingId: school })).status).toBe(400);
    expect((await open(doctor, { urgency: 'whenever' })).status).toBe(400);
    expect(await requests()).toBe(count);

    const r = (await open(doctor)).body as TelemedRequestDto;
    const coordinator = await signedIn(env.app, 'hospital-nk1');
    const wrongExpert = (
      await env.ctx.db.execute<{ id: string }>(sql`select id from users where username = 'expert-nk2'`)
    ).rows[0]!.id;
    const bad = await step(coordinator, r, { action: 'assign', expertUserId: wrongExpert });
    expect(bad.status).toBe(400);
    expect(
      (
        await step(
          coordinator,
          { ...r, version: r.version + 5 },
          { action: 'assign', expertUserId: r.experts[0]?.id ?? wrongExpert },
        )
      ).status,
    ).toBe(409);
    expect((await step(doctor, r, { action: 'answer', opinion: '自己回答自己的会诊请求。' })).status).toBe(409);
    const after = (await office.get(`/api/telemedicine/requests/${r.id}`)).body as TelemedRequestDto;
    expect(after).toMatchObject({ status: 'requested', expert: null, version: r.version });
  });

  it('finds ID numbers and phones in text and lets clinical numbers through', () => {
    expect(identifyingIn(`身份证 ${makeIdNumber('120104', '19800101', 1)}`)).toBe('id_number');
    expect(identifyingIn('电话13812345678')).toBe('phone');
    expect(identifyingIn('座机 0934-5523456')).toBe('phone');
    expect(identifyingIn('血压150/95mmHg，肌酐132μmol/L，白细胞12.3×10^9/L，病程20190312起')).toBeNull();
  });
});
