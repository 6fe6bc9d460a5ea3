import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { makeIdNumber } from '@xiezuo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, signedIn, type TestClient, type TestEnv } from '../../../test/harness';

const run = promisify(execFile);
let env: TestEnv;
let reporter: TestClient;
let huan: TestClient;
let qing: TestClient;
let zuzhibu: string;
beforeAll(async () => {
  env = await createTestEnv();
  reporter = await signedIn(env.app, 'unit-zuzhibu');
  huan = await signedIn(env.app, 'county-huan');
  qing = await signedIn(env.app, 'county-qingcheng');
  zuzhibu = (await env.ctx.db.execute<{ id: string }>(sql`select id from units where code = 'zuzhibu'`)).rows[0]!.id;
});
afterAll(() => env.close());

const person = (i: number, poor = i % 3 === 0) => ({
  idNumber: makeIdNumber('621022', `1985${String((i % 12) + 1).padStart(2, '0')}15`, 100 + i),
  name: `学员${i}`,
  isPoor: poor,
});
const training = (people: ReturnType<typeof person>[], extra: Record<string, unknown> = {}) => ({
  type: 'training',
  occurredOn: '2019-06-12',
  eastUnitId: zuzhibu,
  countyCode: '621022',
  values: { trainingKind: 'cadre', title: '环县党政干部培训班', sessions: 1, personTimes: people.length },
  people,
  ...extra,
});

describe('a training with a roster, entered once and confirmed by the county', () => {
  it('references known people instead of retyping them, submits, and is confirmed by the county officer', async () => {
    const count = async () =>
      (await env.ctx.db.execute<{ n: number }>(sql`select count(*)::int as n from persons`)).rows[0]!.n;
    const before = await count();
    const first = await reporter.post('/api/records', training([person(1), person(2), person(3)]));
    expect(first.status).toBe(200);
    const roster = Array.from({ length: 30 }, (_, i) => person(i + 1));
    // the first three are already known by ID number; one is typed with full-width digits and a lower-case x would normalise too
    roster[0] = {
      ...roster[0]!,
      idNumber: roster[0]!.idNumber.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)),
    };
    const res = await reporter.post('/api/records', training(roster));
    expect(res.status).toBe(200);
    const rec = res.body;
    expect(rec.status).toBe('draft');
    expect(rec.people).toHaveLength(30);
    expect(rec.measures).toMatchObject({ persons: 30, personTimes: 30, sessions: 1, poorPersons: 10 });
    expect(rec.people[0].idMasked).toMatch(/^6210\*{10}\d{3}[\dX]$/);
    expect(JSON.stringify(rec)).not.toContain(person(5).idNumber);
    expect(rec.people.filter((p: { countedElsewhere: boolean }) => p.countedElsewhere)).toHaveLength(3);
    expect(await count()).toBe(before + 30); // 3 known people were referenced, 27 new ones created

    expect((await reporter.post(`/api/records/${rec.id}/submit`)).body.status).toBe('submitted');
    expect((await qing.get(`/api/records/${rec.id}`)).status).toBe(404);
    expect((await qing.post(`/api/records/${rec.id}/confirm`)).status).toBe(404);
    expect((await reporter.post(`/api/records/${rec.id}/confirm`)).status).toBe(403);
    const noReason = await huan.post(`/api/records/${rec.id}/dispute`, {});
    expect(noReason.status).toBe(400);
    const confirmed = await huan.post(`/api/records/${rec.id}/confirm`);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.status).toBe('confirmed');
    expect(confirmed.body.history.map((h: { action: string }) => h.action)).toEqual(['create', 'submit', 'confirm']);
    const audit = await env.ctx.db.execute(sql`select action from audit_log where object_id = ${rec.id} order by id`);
    expect(audit.rows.map((r) => r.action)).toEqual(['record.create', 'record.submit', 'record.confirm']);
    expect(
      (await reporter.patch(`/api/records/${rec.id}`, { version: confirmed.body.version, note: 'x' })).status,
    ).toBe(409);
  });

  it('refuses bad ID numbers per person with the reason, and creates nothing', async () => {
    const bad = person(40);
    const res = await reporter.post(
      '/api/records',
      training([
        person(41),
        { ...bad, idNumber: bad.idNumber.slice(0, 17) + (bad.idNumber[17] === '0' ? '1' : '0') },
        { ...bad, idNumber: '62102219851301150X' },
      ]),
    );
    expect(res.status).toBe(400);
    const fields = res.body.error.details.fields;
    expect(fields.map((f: { path: string; code: string }) => `${f.path}:${f.code}`)).toEqual([
      'people.1.idNumber:CHECKSUM',
      'people.2.idNumber:BIRTH_DATE',
    ]);
    const n = await env.ctx.db.execute<{ n: number }>(
      sql`select count(*)::int as n from persons where name = '学员41'`,
    );
    expect(n.rows[0]!.n).toBe(0);
  });
});

describe('disputes, stale edits, idempotent retries', () => {
  it('disputes with a reason, lets the reporter fix and resubmit; a stale edit gets 409 with the current version', async () => {
    const rec = (await reporter.post('/api/records', training([person(50)]))).body;
    await reporter.post(`/api/records/${rec.id}/submit`);
    const disputed = await huan.post(`/api/records/${rec.id}/dispute`, { reason: '人数与签到表不符' });
    expect(disputed.body).toMatchObject({ status: 'disputed', disputeReason: '人数与签到表不符' });
    const edited = await reporter.patch(`/api/records/${rec.id}`, {
      version: disputed.body.version,
      values: { ...rec.values, personTimes: 2 },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.measures.personTimes).toBe(2);
    const stale = await reporter.patch(`/api/records/${rec.id}`, { version: disputed.body.version, note: 'late' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.currentVersion).toBe(edited.body.version);
    expect(stale.body.error.details.current.measures.personTimes).toBe(2);
    expect((await reporter.post(`/api/records/${rec.id}/submit`)).body.status).toBe('submitted');
  });

  it('makes one record for the same POST retried with one Idempotency-Key', async () => {
    const key = 'retry-0001-training';
    const body = training([person(60)], { note: 'idempotent' });
    const [a, b] = [
      await reporter.post('/api/records', body, { 'idempotency-key': key }),
      await reporter.post('/api/records', body, { 'idempotency-key': key }),
    ];
    expect(a.status).toBe(200);
    expect(b.status).toBe(200);
    expect(b.body.id).toBe(a.body.id);
    expect(b.headers['idempotent-replayed']).toBe('true');
    const n = await env.ctx.db.execute<{ n: number }>(
      sql`select count(*)::int as n from records where note = 'idempotent'`,
    );
    expect(n.rows[0]!.n).toBe(1);
    const other = await reporter.post('/api/records', { ...body, note: 'different' }, { 'idempotency-key': key });
    expect(other.status).toBe(422);
  });
});

describe('group review, periods and unlock requests', () => {
  it('sends a fund payment through the funds group’s review before the county confirms', async () => {
    const office = await signedIn(env.app, 'office');
    const caizheng = (await env.ctx.db.execute<{ id: string }>(sql`select id from units where code = 'caizhengju'`))
      .rows[0]!.id;
    const rec = (
      await office.post('/api/records', {
        type: 'fund_payment',
        occurredOn: '2019-05-20',
        eastUnitId: caizheng,
        countyCode: '621022',
        values: { fundKind: 'fiscal', amountFen: 1_000_000_00, purpose: 'industry', level: 'county' },
      })
    ).body;
    expect(rec.measures.amountFen).toBe(100_000_000);
    expect((await office.post(`/api/records/${rec.id}/submit`)).body.status).toBe('in_review');
    expect((await huan.post(`/api/records/${rec.id}/confirm`)).status).toBe(409);
    const funds = await signedIn(env.app, 'group-funds');
    expect((await funds.post(`/api/records/${rec.id}/review`)).body.status).toBe('submitted');
    expect((await huan.post(`/api/records/${rec.id}/confirm`)).body.status).toBe('confirmed');
  });

  it('freezes a closed period; a change then needs an unlock request approved by the office, with before and after kept', async () => {
    const office = await signedIn(env.app, 'office');
    const rec = (await reporter.post('/api/records', training([person(70)], { occurredOn: '2019-03-05' }))).body;
    expect((await office.post('/api/periods/2019-Q1/close')).status).toBe(200);
    const frozen = await reporter.patch(`/api/records/${rec.id}`, { version: rec.version, note: 'change' });
    expect(frozen.status).toBe(409);
    expect(frozen.body.error.code).toBe('PERIOD_CLOSED');
    expect(
      (await reporter.post('/api/records', training([person(71)], { occurredOn: '2019-02-01' }))).body.error.code,
    ).toBe('PERIOD_CLOSED');
    const req = await reporter.post(`/api/records/${rec.id}/unlock-requests`, {
      reason: '培训人次录入有误',
      changes: { values: { ...rec.values, personTimes: 45 } },
    });
    expect(req.status).toBe(200);
    expect((await reporter.post(`/api/unlock-requests/${req.body.id}/approve`)).status).toBe(403);
    const approved = await office.post(`/api/unlock-requests/${req.body.id}/approve`, { note: '同意' });
    expect(approved.body.status).toBe('approved');
    expect((approved.body.before.values as { personTimes: number }).personTimes).toBe(1);
    expect((approved.body.after.values as { personTimes: number }).personTimes).toBe(45);
    const after = (await reporter.get(`/api/records/${rec.id}`)).body;
    expect(after.measures.personTimes).toBe(45);
    expect(after.periodClosed).toBe(true);
    expect(after.history.map((h: { action: string }) => h.action)).toContain('unlock_change');
  });
});

describe('personal data', () => {
  it('shows the full ID number only to allowed roles, after a reason, and audits the view', async () => {
    const rec = (await reporter.post('/api/records', training([person(80)]))).body;
    const pid = rec.people[0].personId;
    expect((await reporter.post(`/api/persons/${pid}/reveal`, { reason: '核对身份' })).status).toBe(403);
    expect((await qing.post(`/api/persons/${pid}/reveal`, { reason: '核对身份' })).status).toBe(403);
    expect((await huan.post(`/api/persons/${pid}/reveal`, {})).status).toBe(400);
    const shown = await huan.post(`/api/persons/${pid}/reveal`, { reason: '核对培训学员身份' });
    expect(shown.body.idNumber).toBe(person(80).idNumber);
    const audit = await env.ctx.db.execute<{ details: { reason: string } }>(
      sql`select details from audit_log where action = 'person.reveal' and object_id = ${pid}`,
    );
    expect(audit.rows[0]!.details.reason).toBe('核对培训学员身份');
    const lookup = await reporter.post('/api/persons/lookup', { idNumber: person(80).idNumber.toLowerCase() });
    expect(lookup.body.person.idMasked).toBe(rec.people[0].idMasked);
  });

  it('stores no ID number in clear text anywhere in the database', async () => {
    const dump = await env.ctx.db.execute<{ t: string }>(
      sql`select string_agg(t::text, E'\n') as t from (select row_to_json(p)::text as t from persons p union all select row_to_json(r)::text from records r union all select row_to_json(a)::text from audit_log a union all select row_to_json(k)::text from idempotency_keys k) x`,
    );
    const text = dump.rows[0]!.t;
    expect(text.length).toBeGreaterThan(1000);
    for (const i of [1, 5, 30, 60, 80]) expect(text).not.toContain(person(i).idNumber);
    expect(text).not.toMatch(/\b\d{17}[\dX]\b/);
  });

  it('gives a pg_dump with no ID number in it, where a pg_dump matching the server is installed', async (t) => {
    const server =
      Number(
        (await env.ctx.db.execute<{ v: string }>(sql`select current_setting('server_version_num') as v`)).rows[0]!.v,
      ) / 10000;
    const client = await run('pg_dump', ['--version']).then(
      (r) => Number(/(\d+)\./.exec(r.stdout)?.[1] ?? 0),
      () => 0,
    );
    if (client < Math.floor(server))
      return t.skip(
        `pg_dump ${client || 'missing'} cannot dump server ${Math.floor(server)}; the SQL scan above covers this run`,
      );
    const dump = await run('pg_dump', ['--data-only', env.url], { maxBuffer: 256 * 1024 * 1024 });
    expect(dump.stdout).toContain('COPY public.persons');
    for (const i of [1, 5, 30, 60, 80]) expect(dump.stdout).not.toContain(person(i).idNumber);
  });
});
