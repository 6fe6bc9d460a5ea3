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
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
    const url = `/api/records/${rec.id}/files`;
    const res = await reporter.upload(url, { filename: '签到表.png', content: png });
    expect(res.status).toBe(200);
    const body = res.body;
    expect(body.files).toEqual([
      expect.objectContaining({ filename: '签到表.png', mime: 'image/png', size: png.length }),
    ]);
    expect(body.history.map((h: { action: string }) => h.action)).toContain('attach');
    expect((await reporter.upload(url, { filename: 'x.pdf', content: Buffer.from('MZ not a pdf') })).status).toBe(415);
    const huan = await signedIn(env.app, 'county-huan');
    expect((await huan.upload(url, { filename: 'y.png', content: png })).status).toBe(403);
    const dl = await huan.get(`/api/records/${rec.id}/files/${body.files[0].id}`);
    expect(dl.status).toBe(200);
    expect(dl.headers['content-type']).toBe('image/png');
    expect(dl.headers['content-length']).toBe(String(png.length));
    expect(dl.headers['x-content-type-options']).toBe('nosniff');
    expect(dl.headers['content-disposition']).toBe(
      `attachment; filename="___.png"; filename*=UTF-8''${encodeURIComponent('签到表.png')}`,
    );
    expect(dl.raw.equals(png)).toBe(true);
    const qing = await signedIn(env.app, 'county-qingcheng');
    expect((await qing.get(`/api/records/${rec.id}/files/${body.files[0].id}`)).status).toBe(404);
  });
});
