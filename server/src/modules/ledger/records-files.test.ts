import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, signedIn, type TestClient, type TestEnv } from '../../../test/harness';

let env: TestEnv;
let reporter: TestClient;
beforeAll(async () => {
  env = await createTestEnv();
  reporter = await signedIn(env.app, 'unit-zuzhibu');
});
afterAll(() => env.close());

function multipart(filename: string, content: Buffer) {
  const boundary = '----xz' + Math.random().toString(16).slice(2);
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('evidence files on a record', () => {
  it('lets the reporter attach a signed sheet, shows it in the record, and serves it only in scope', async () => {
    const unit = (await env.ctx.db.execute<{ id: string }>(sql`select id from units where code = 'zuzhibu'`)).rows[0]!
      .id;
    const rec = (
      await reporter.post('/api/records', {
        type: 'training',
        occurredOn: '2019-07-01',
        eastUnitId: unit,
        countyCode: '621022',
        values: { trainingKind: 'cadre', title: '培训班', sessions: 1, personTimes: 40 },
      })
    ).body;
    const cookie = (c: TestClient) => [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
    const up = multipart('签到表.png', png);
    const res = await env.app.inject({
      method: 'POST',
      url: `/api/records/${rec.id}/files`,
      payload: up.payload,
      headers: { ...up.headers, cookie: cookie(reporter) },
    });
    expect(res.statusCode).toBe(200);
    const body = JSON.parse(res.body);
    expect(body.files).toEqual([
      expect.objectContaining({ filename: '签到表.png', mime: 'image/png', size: png.length }),
    ]);
    expect(body.history.map((h: { action: string }) => h.action)).toContain('attach');
    const exe = multipart('x.pdf', Buffer.from('MZ not a pdf'));
    expect(
      (
        await env.app.inject({
          method: 'POST',
          url: `/api/records/${rec.id}/files`,
          payload: exe.payload,
          headers: { ...exe.headers, cookie: cookie(reporter) },
        })
      ).statusCode,
    ).toBe(415);
    const huan = await signedIn(env.app, 'county-huan');
    const other = multipart('y.png', png);
    expect(
      (
        await env.app.inject({
          method: 'POST',
          url: `/api/records/${rec.id}/files`,
          payload: other.payload,
          headers: { ...other.headers, cookie: cookie(huan) },
        })
      ).statusCode,
    ).toBe(403);
    const dl = await huan.get(`/api/records/${rec.id}/files/${body.files[0].id}`);
    expect(dl.status).toBe(200);
    expect(dl.headers['content-type']).toBe('image/png');
    const qing = await signedIn(env.app, 'county-qingcheng');
    expect((await qing.get(`/api/records/${rec.id}/files/${body.files[0].id}`)).status).toBe(404);
  });
});
