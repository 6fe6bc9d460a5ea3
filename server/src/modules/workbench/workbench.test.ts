import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, signedIn, type TestClient, type TestEnv } from '../../../test/harness';

let env: TestEnv;
let reporter: TestClient;
let huan: TestClient;
let office: TestClient;
let zuzhibu: string;
beforeAll(async () => {
  env = await createTestEnv();
  reporter = await signedIn(env.app, 'unit-zuzhibu');
  huan = await signedIn(env.app, 'county-huan');
  office = await signedIn(env.app, 'office');
  zuzhibu = (await env.ctx.db.execute<{ id: string }>(sql`select id from units where code = 'zuzhibu'`)).rows[0]!.id;
});
afterAll(() => env.close());

type Item = { kind: string; count: number; dueSoon: number; overdue: number; href: string; state?: string };
const items = async (c: TestClient) => {
  const res = await c.get('/api/workbench');
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return { ...res.body, byKind: new Map<string, Item>(res.body.items.map((i: Item) => [i.kind, i])) };
};

/** Every record of the list for a query, all pages. */
async function all(c: TestClient, q: string): Promise<{ id: string; abilities: Record<string, boolean> }[]> {
  const out = [];
  for (let page = 1; ; page++) {
    const res = await c.get(`/api/records?${q}&page=${page}&pageSize=500`);
    out.push(...res.body.items);
    if (out.length >= res.body.total) return out;
  }
}

describe('the workbench counts what awaits the caller, on the working date', () => {
  it('shows one more record to confirm for the county after a submission, with its filtered list behind it', async () => {
    const before = (await items(huan)).byKind.get('records.confirm')!;
    const created = await reporter.post('/api/records', {
      type: 'visit',
      occurredOn: '2019-06-12',
      eastUnitId: zuzhibu,
      countyCode: '621022',
      values: { visitKind: 'high_level', direction: 'east_to_west' },
    });
    await reporter.post(`/api/records/${created.body.id}/submit`);
    const after = await items(huan);
    expect(after.byKind.get('records.confirm')).toMatchObject({
      count: before.count + 1,
      href: '/ledger?awaiting=confirm',
    });
    expect(after.workingDate).toBe('2019-09-30');
    expect(after.unread).toBeGreaterThanOrEqual(1);
    const list = await huan.get('/api/records?awaiting=confirm&pageSize=5');
    expect(list.body.total).toBe(before.count + 1);
    expect(list.body.items.every((r: { abilities: { confirm: boolean } }) => r.abilities.confirm)).toBe(true);
  });

  it('agrees with the records’ own abilities for every demo role: awaiting=confirm is exactly what the caller may confirm', async () => {
    for (const username of ['county-huan', 'county-xiahe', 'unit-zuzhibu', 'unit-renshe', 'office', 'group-talent']) {
      const c = await signedIn(env.app, username);
      const confirmable = (await all(c, 'status=submitted'))
        .filter((r) => r.abilities.confirm)
        .map((r) => r.id)
        .sort();
      const awaiting = (await all(c, 'awaiting=confirm')).map((r) => r.id).sort();
      expect(awaiting, username).toEqual(confirmable);
      const reviewable = (await all(c, 'status=in_review'))
        .filter((r) => r.abilities.review)
        .map((r) => r.id)
        .sort();
      expect((await all(c, 'awaiting=review')).map((r) => r.id).sort(), username).toEqual(reviewable);
    }
  });

  it('counts supervision orders due within 3 days and overdue from the working date, for the units they were issued to', async () => {
    const t = (await env.ctx.db.execute<{ id: string }>(sql`select id from tenants limit 1`)).rows[0]!.id;
    await env.ctx.db.execute(sql`update tenant_settings set working_date = '2019-10-01' where tenant_id = ${t}`);
    const warning = await office.post('/api/supervision-orders', {
      kind: 'supervision',
      subject: '加快推进消费扶贫',
      unitIds: [zuzhibu],
      dueDate: '2027-01-02',
      requiredResponse: '报送进展',
    });
    expect(warning.status, JSON.stringify(warning.body)).toBe(200);
    const id = warning.body.id;
    const mine = async () => (await items(reporter)).byKind.get('supervision.respond')!;
    const start = await mine();
    await env.ctx.db.execute(sql`update supervision_orders set due_date = '2019-10-03' where id = ${id}`);
    const soon = await mine();
    expect(soon.dueSoon).toBe(start.dueSoon + 1);
    await env.ctx.db.execute(sql`update supervision_orders set due_date = '2019-09-20' where id = ${id}`);
    const late = await mine();
    expect(late.overdue).toBe(start.overdue + 1);
    expect(late.count).toBe(start.count);
    // the unit's reporters were told when it was issued
    const msgs = await reporter.get('/api/messages');
    expect(
      msgs.body.items.some(
        (m: { link: string; template: string }) =>
          m.link === `/supervision/${id}` && m.template === 'supervision.issued',
      ),
    ).toBe(true);
  });

  it('gives the three admins their own items', async () => {
    const sec = await items(await signedIn(env.app, 'secadmin'));
    expect([...sec.byKind.keys()]).toEqual(['admin.users_locked', 'admin.failed_signins']);
    const audit = await items(await signedIn(env.app, 'auditadmin'));
    expect(audit.byKind.get('admin.audit_chain')).toMatchObject({ state: 'ok', count: 0 });
    const sys = await items(await signedIn(env.app, 'sysadmin'));
    expect([...sys.byKind.keys()]).toEqual(['admin.dead_letters']);
    // the leader reads and writes nothing, so only the warnings in scope await them
    expect([...(await items(await signedIn(env.app, 'leader'))).byKind.keys()]).toEqual(['warnings']);
  });
});

/** The total of the list a workbench href opens, asked of the API the page itself asks. */
async function listTotal(c: TestClient, href: string): Promise<number> {
  const [path, query = ''] = href.split('?');
  const q = new URLSearchParams(query);
  const api: Record<string, () => Promise<number>> = {
    '/ledger': async () => (await c.get(`/api/records?${q}&pageSize=1`)).body.total,
    '/supervision': async () => (await c.get(`/api/supervision-orders?${q}&pageSize=1`)).body.total,
    '/ledger/periods': async () => (await c.get(`/api/unlock-requests?status=${q.get('status')}`)).body.items.length,
    '/warnings': async () => (await c.get(`/api/warnings?${q}`)).body.items.length,
    '/imports': async () => (await c.get(`/api/imports?${q}&pageSize=1`)).body.total,
  };
  const ask = api[path!];
  if (!ask) throw new Error(`no list for ${href}`);
  return ask();
}

describe('every workbench count is the total of the list its link opens', () => {
  it('holds for county officers, reporters, a reviewing group and the office, with returned orders and stopped imports', async () => {
    // an order answered and returned still awaits the unit; an order answered awaits the office's closing
    const order = async (subject: string) =>
      (
        await office.post('/api/supervision-orders', {
          kind: 'supervision',
          subject,
          unitIds: [zuzhibu],
          dueDate: '2019-10-02',
          requiredResponse: '报送进展',
        })
      ).body.id as string;
    const returned = await order('推进劳务协作');
    expect((await reporter.post(`/api/supervision-orders/${returned}/respond`, { text: '已落实' })).status).toBe(200);
    expect((await office.post(`/api/supervision-orders/${returned}/return`, { note: '请补充数据' })).status).toBe(200);
    const answered = await order('推进产业合作');
    expect((await reporter.post(`/api/supervision-orders/${answered}/respond`, { text: '已落实' })).status).toBe(200);
    const [t, me] = (
      await env.ctx.db.execute<{ t: string; me: string }>(
        sql`select tenant_id as t, id as me from users where username = 'unit-zuzhibu'`,
      )
    ).rows.map((r) => [r.t, r.me])[0]!;
    for (const [status, hash] of [
      ['failed', 'a'],
      ['interrupted', 'b'],
      ['done', 'c'],
    ] as const)
      await env.ctx.db.execute(
        sql`insert into imports (tenant_id, kind, file_hash, filename, status, created_by) values (${t}, 'records', ${hash.repeat(64)}, ${`${status}.xlsx`}, ${status}, ${me})`,
      );
    const seen = new Set<string>();
    for (const username of ['county-huan', 'county-xiahe', 'unit-zuzhibu', 'unit-renshe', 'group-talent', 'office']) {
      const c = await signedIn(env.app, username);
      for (const i of (await items(c)).items as Item[]) {
        expect(await listTotal(c, i.href), `${username} ${i.kind} ${i.href}`).toBe(i.count);
        if (i.count > 0) seen.add(i.kind);
      }
    }
    // the check ran over real, non-empty lists of every business kind
    for (const k of ['records.confirm', 'supervision.respond', 'supervision.close', 'warnings', 'imports.stopped'])
      expect(seen, k).toContain(k);
    const mine = (await items(reporter)).byKind;
    expect(mine.get('imports.stopped')).toMatchObject({ count: 2, href: '/imports?stopped=true' });
    expect(mine.get('supervision.respond')!.href).toBe('/supervision?awaiting=respond');
  });
});
