import { sql } from 'drizzle-orm';
import { makeIdNumber, WAN } from '@xiezuo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, signedIn, signedInExternal, TestClient, type TestEnv } from '../../../test/harness';
import { sm3Hex } from '../../security/hash';

let env: TestEnv;
let town: TestClient; // 夏河县拉卜楞镇: raises needs
let xiahe: TestClient; // 夏河县协作办: verifies, confirms, delivers
let huan: TestClient;
let redcross: TestClient;
let office: TestClient;
let donor: TestClient;
beforeAll(async () => {
  env = await createTestEnv();
  const c = await Promise.all(
    ['town-xiahe', 'county-xiahe', 'county-huan', 'redcross', 'office'].map((u) => signedIn(env.app, u)),
  );
  [town, xiahe, huan, redcross, office] = c as [TestClient, TestClient, TestClient, TestClient, TestClient];
  donor = await signedInExternal(env, '13900000019');
});
afterAll(() => env.close());

const XIAHE = '623027';
const STUDENT = { name: '马小花', idNumber: makeIdNumber('623027', '20080301', 17), phone: '13912345678' };
let village: string;
const needBody = (over: Record<string, unknown> = {}) => ({
  countyCode: XIAHE,
  regionCode: village,
  kind: 'schooling',
  beneficiaryKind: 'student',
  title: '高一学生学费和住宿费',
  description: '家中父亲患病，需资助一学年学费和住宿费。',
  amountFen: 3000_00,
  deadline: '2019-12-31',
  beneficiary: STUDENT,
  ...over,
});

const donations2019 = async () => {
  const res = await office.get('/api/plans/2019/progress?asOf=2019-12-31');
  return res.body.items.find((i: { code: string }) => i.code === 'social.donations').value as number;
};
/** Every public answer must hold none of the beneficiary's name, ID number, phone, nor any 11+ digit run. */
function expectNoPersonalData(body: unknown) {
  // digests and ids are hex: left out before looking for runs of digits
  const text = JSON.stringify(body)
    .replace(/[0-9a-f]{64}/g, '')
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '');
  for (const s of [STUDENT.name, STUDENT.idNumber, STUDENT.phone, STUDENT.idNumber.slice(-8)])
    expect(text).not.toContain(s);
  expect(text).not.toMatch(/\d{11,}/);
}

describe('the charity platform: need → claim → Red Cross custody → county → delivery → ledger', () => {
  let needId: string;
  let claimId: string;
  let receipt: { id: string; verifyCode: string; digest: string };
  let transfer: { id: string; version: number; verifyCode: string };

  it('a township raises a need; the beneficiary is held encrypted and masked', async () => {
    const v = await env.ctx.db.execute<{ code: string }>(
      sql`select code from regions where code like '623027%' and level = 'village' order by code limit 1`,
    );
    village = v.rows[0]!.code;
    const res = await town.post('/api/charity/needs', needBody());
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    needId = res.body.id;
    expect(res.body).toMatchObject({ status: 'draft', beneficiary: { nameMasked: '马*', ageBand: '7-12' } });
    expect(res.body.beneficiary.idMasked).toMatch(/^6230\*+\d{3}[\dX]$/);
    expect(JSON.stringify(res.body)).not.toContain(STUDENT.idNumber);
    const row = await env.ctx.db.execute(sql`select * from charity_needs where id = ${needId}`);
    const stored = JSON.stringify(row.rows[0]);
    for (const s of [STUDENT.name, STUDENT.idNumber, STUDENT.phone]) expect(stored).not.toContain(s);
  });

  it('refuses bad input with 4xx codes and changes nothing', async () => {
    const before = await env.ctx.db.execute(sql`select count(*)::int as n from charity_needs`);
    const cases: [Record<string, unknown>, number, string][] = [
      [{ title: '马小花的学费' }, 400, 'CHARITY_PERSONAL_TEXT'],
      [{ description: '联系电话 139 1234 5678' }, 400, 'CHARITY_PERSONAL_TEXT'],
      [{ beneficiary: null }, 400, 'CHARITY_BENEFICIARY_REQUIRED'],
      [{ beneficiary: { ...STUDENT, idNumber: '623027200803011234' } }, 400, 'VALIDATION_FAILED'],
      [{ amountFen: -5 }, 400, 'VALIDATION_FAILED'],
      [{ amountFen: 12.5 }, 400, 'VALIDATION_FAILED'],
      [{ deadline: '2019-01-01' }, 400, 'VALIDATION_FAILED'],
      [{ regionCode: '621022100000' }, 400, 'VALIDATION_FAILED'],
      [{ countyCode: '621022' }, 403, 'FORBIDDEN'],
      // the yearly cap (20,000 元 by default): 3,000 already asked for this student
      [{ amountFen: 17_001_00 }, 409, 'CHARITY_BENEFICIARY_CAP'],
    ];
    for (const [over, status, code] of cases) {
      const res = await town.post('/api/charity/needs', needBody(over));
      expect(res.status, `${JSON.stringify(over)} ${JSON.stringify(res.body)}`).toBe(status);
      expect(res.body.error.code).toBe(code);
      expect(res.body.error.message).toBeTruthy();
    }
    const after = await env.ctx.db.execute(sql`select count(*)::int as n from charity_needs`);
    expect(after.rows).toEqual(before.rows);
  });

  it('verify needs a second person (maker–checker); another county neither sees nor acts on it', async () => {
    const self = await town.post(`/api/charity/needs/${needId}/transitions`, { action: 'verify', version: 1 });
    expect(self.status).toBe(409);
    expect(self.body.error.code).toBe('CHARITY_MAKER_CHECKER');
    expect((await huan.get(`/api/charity/needs/${needId}`)).status).toBe(404);
    expect((await huan.post(`/api/charity/needs/${needId}/transitions`, { action: 'verify', version: 1 })).status).toBe(
      404,
    );
    expect((await huan.get('/api/charity/needs')).body.items.map((n: { id: string }) => n.id)).not.toContain(needId);
    // not public before it is published
    const before = await new TestClient(env.app).get(`/api/public/charity/needs?county=${XIAHE}&pageSize=50`);
    expect(before.body.items.map((n: { id: string }) => n.id)).not.toContain(needId);
    const verified = await xiahe.post(`/api/charity/needs/${needId}/transitions`, { action: 'verify', version: 1 });
    expect(verified.status, JSON.stringify(verified.body)).toBe(200);
    expect(verified.body.status).toBe('verified');
    const stale = await xiahe.post(`/api/charity/needs/${needId}/transitions`, { action: 'publish', version: 1 });
    expect(stale.status).toBe(409);
    const published = await xiahe.post(`/api/charity/needs/${needId}/transitions`, { action: 'publish', version: 2 });
    expect(published.body).toMatchObject({ status: 'published', publishedOn: '2019-09-30' });
  });

  it('shows the published need publicly without a cookie and without personal data', async () => {
    const anon = new TestClient(env.app);
    const res = await anon.get(`/api/public/charity/needs?county=${XIAHE}&kind=schooling&status=published&pageSize=50`);
    expect(res.status).toBe(200);
    expect(res.body.items.find((n: { id: string }) => n.id === needId)).toMatchObject({
      id: needId,
      beneficiary: { initial: '马*', ageBand: '7-12' },
      claimedFen: 0,
    });
    expect(res.headers['cache-control']).toMatch(/public, max-age=\d+/);
    expectNoPersonalData(res.body);
    const bad = await anon.get('/api/public/charity/needs?status=draft');
    expect(bad.status).toBe(400);
  });

  it('a donor signed in by phone claims it; over the cap and on a closed need are refused', async () => {
    const first = await donor.post('/api/charity/claims', { needId, amountFen: 1000_00 });
    expect(first.status).toBe(400); // a first claim names the donor
    const donorBody = { kind: 'individual', name: '王建国', isHonoured: true };
    const over = await donor.post('/api/charity/claims', { needId, amountFen: 3000_01, donor: donorBody });
    expect(over.body.error).toMatchObject({ code: 'CHARITY_OVER_CAP', details: { leftFen: 3000_00 } });
    const ok = await donor.post('/api/charity/claims', { needId, amountFen: 3000_00, donor: donorBody });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    claimId = ok.body.id;
    expect(ok.body).toMatchObject({ status: 'reserved', donorName: '王建国' });
    expect((await xiahe.get(`/api/charity/needs/${needId}`)).body.status).toBe('claimed');
    const closed = await donor.post('/api/charity/claims', { needId, amountFen: 1_00 });
    expect(closed.body.error.code).toBe('CHARITY_NEED_CLOSED');
    expect((await donor.get('/api/charity/my')).body.claims).toHaveLength(1);
    // a donor reaches no staff route, and staff without custody cannot claim for someone
    expect((await donor.get('/api/charity/needs')).status).toBe(403);
    expect(
      (await xiahe.post('/api/charity/claims', { needId, amountFen: 1_00, donorId: ok.body.donorId })).status,
    ).toBe(403);
  });

  it('the Red Cross records the receipt; a short amount is refused', async () => {
    const claims = (await redcross.get(`/api/charity/claims?status=reserved&county=${XIAHE}`)).body.items;
    const claim = claims.find((c: { id: string }) => c.id === claimId);
    const body = {
      donorId: claim.donorId,
      claimIds: [claimId],
      form: 'cash',
      bankRef: 'ICBC-20190920-0001',
      receivedOn: '2019-09-20',
    };
    const short = await redcross.post('/api/charity/receipts', { ...body, amountFen: 2999_99 });
    expect(short.body.error).toMatchObject({ code: 'CHARITY_RECEIPT_SHORT', details: { claimedFen: 3000_00 } });
    expect((await xiahe.post('/api/charity/receipts', { ...body, amountFen: 3000_00 })).status).toBe(403);
    const res = await redcross.post('/api/charity/receipts', { ...body, amountFen: 3000_00 });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    receipt = res.body;
    expect(res.body.receiptNo).toMatch(/^NKHH-2019-\d{6}$/);
    expect((await xiahe.get(`/api/charity/needs/${needId}`)).body.status).toBe('funded');
    const again = await redcross.post('/api/charity/receipts', { ...body, amountFen: 3000_00 });
    expect(again.body.error.code).toBe('CHARITY_CLAIM_STATE');
  });

  it('passes it on to the county of the need only; the county confirms and the ledger counts it', async () => {
    const wrong = await redcross.post('/api/charity/transfers', {
      countyCode: '621022',
      claimIds: [claimId],
      transferredOn: '2019-09-25',
    });
    expect(wrong.body.error.code).toBe('CHARITY_WRONG_COUNTY');
    const early = await redcross.post('/api/charity/transfers', {
      countyCode: XIAHE,
      claimIds: [claimId],
      transferredOn: '2019-09-19',
    });
    expect(early.status).toBe(400);
    const res = await redcross.post('/api/charity/transfers', {
      countyCode: XIAHE,
      claimIds: [claimId],
      transferredOn: '2019-09-25',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    transfer = res.body;
    expect(res.body).toMatchObject({ status: 'sent', amountFen: 3000_00, abilities: { confirm: false } });
    expect((await huan.post(`/api/charity/transfers/${transfer.id}/confirm`, { version: 1 })).status).toBe(404);
    const before = await donations2019();
    const ok = await xiahe.post(`/api/charity/transfers/${transfer.id}/confirm`, { version: transfer.version });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.status).toBe('confirmed');
    const recordId = ok.body.lines[0].recordId;
    expect(recordId).toBeTruthy();
    expect(await donations2019()).toBe(before + 3000_00);
    const rec = await office.get(`/api/records/${recordId}`);
    expect(rec.body).toMatchObject({
      type: 'donation',
      status: 'confirmed',
      values: { viaRedCross: true, amountFen: 3000_00 },
    });
    expect(rec.body.source).toMatchObject({ type: 'charity_transfer_line', id: claimId });
    expect((await xiahe.post(`/api/charity/transfers/${transfer.id}/confirm`, { version: 2 })).body.error.code).toBe(
      'INVALID_TRANSITION',
    );
  });

  it('the county records delivery; the donor was told at every step through the outbox', async () => {
    const need = (await xiahe.get(`/api/charity/needs/${needId}`)).body;
    expect(need.abilities.deliver).toBe(true);
    const res = await xiahe.post('/api/charity/deliveries', {
      needId,
      deliveredOn: '2019-09-28',
      note: '学费已交到学校，孩子说谢谢叔叔阿姨！',
      receiptNote: '签收单存县协作办档案',
      version: need.version,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ status: 'delivered', deliveredOn: '2019-09-28' });
    const msgs = await env.ctx.db.execute<{ key: string }>(
      sql`select idempotency_key as key from messages where template = 'charity.step' order by id`,
    );
    expect(msgs.rows.map((m) => m.key.split(':')[0]).sort()).toEqual(
      ['charity.claimed', 'charity.received', 'charity.passed_on', 'charity.confirmed', 'charity.delivered'].sort(),
    );
  });

  it('verifies a receipt and a batch publicly: the digest is SM3 of its published input; every step audited', async () => {
    const anon = new TestClient(env.app);
    const r = await anon.get(`/api/public/charity/verify/${receipt.verifyCode}`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ kind: 'receipt', amountFen: 3000_00, digest: receipt.digest, donor: '王**' });
    expect(sm3Hex(r.body.digestInput)).toBe(r.body.digest);
    expect(r.body.steps.map((s: { step: string }) => s.step)).toEqual([
      'received',
      'passed_on',
      'confirmed',
      'delivered',
    ]);
    const t = await anon.get(`/api/public/charity/verify/${transfer.verifyCode}`);
    expect(t.body.digestInput).toContain(receipt.digest);
    expect((await anon.get('/api/public/charity/verify/NOSUCHCODE99')).status).toBe(404);
    const summary = await anon.get('/api/public/charity/summary');
    expect(summary.body.totals.passedOnFen).toBeGreaterThan(500 * WAN);
    expect(summary.body.honour).toContainEqual({ kind: 'individual', name: '王**', amountFen: 3000_00 });
    for (const body of [r.body, t.body, summary.body]) expectNoPersonalData(body);
    const audit = await env.ctx.db.execute<{ action: string }>(
      sql`select action from audit_log where action like 'charity.%' order by id`,
    );
    expect(audit.rows.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'charity.need.create',
        'charity.need.verify',
        'charity.need.publish',
        'charity.claim.create',
        'charity.receipt.create',
        'charity.transfer.create',
        'charity.transfer.confirm',
        'charity.need.deliver',
      ]),
    );
  });

  it('keeps the chain append-only: the application role cannot change an event', async () => {
    const e = await env.ctx.db.execute(sql`update charity_events set action = 'x'`).catch((x: Error) => x);
    expect(String((e as Error & { cause?: Error }).cause?.message)).toMatch(/permission denied/);
  });

  it('office sees the dashboard; the social.donations target is 800 万元', async () => {
    const d = await office.get('/api/charity/dashboard');
    expect(d.status).toBe(200);
    expect(d.body.totals.passedOnFen).toBeGreaterThanOrEqual(3000_00);
    expect(d.body.daysToDelivery.count).toBeGreaterThanOrEqual(1);
    const p = await office.get('/api/plans/2019/progress?asOf=2019-12-31');
    expect(p.body.items.find((i: { code: string }) => i.code === 'social.donations').target).toBe(800 * WAN);
  });
});
