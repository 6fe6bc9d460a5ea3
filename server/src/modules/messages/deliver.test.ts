import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMS_SINGLE_LENGTH, signedSms } from '@xiezuo/domain';
import { createTestEnv, signedIn, type TestClient, type TestEnv } from '../../../test/harness';
import { startVendorStandIn } from '../../../test/vendor-stand-in';
import { startQueue, type Job } from '../../lib/queue/queue';
import { workersFor } from '../jobs/jobs.runtime';
import { adaptersFor, type Adapters } from './channels/adapters';
import { deliverOne } from './deliver';

let env: TestEnv;
let vendor: Awaited<ReturnType<typeof startVendorStandIn>>;
let reporter: TestClient;
let zuzhibu: string;
let adapters: Adapters;

beforeAll(async () => {
  vendor = await startVendorStandIn();
  env = await createTestEnv({
    PUBLIC_URL: 'https://xz.example.cn',
    SMS_PROVIDER: 'tencent',
    TENCENT_SMS_SECRET_ID: 'id',
    TENCENT_SMS_SECRET_KEY: 'key',
    TENCENT_SMS_APP_ID: '1400000001',
    TENCENT_SMS_SIGN_NAME: '南开协作',
    TENCENT_SMS_ENDPOINT: vendor.url,
    SMS_TEMPLATES: 'record.awaiting_confirmation=2001,auth.otp=2002',
    WECOM_CORP_ID: 'corp',
    WECOM_CORP_SECRET: 'secret',
    WECOM_AGENT_ID: '1000002',
    WECOM_ENDPOINT: vendor.url,
    MESSAGE_SEND_TIMEOUT_SECONDS: '1',
    MESSAGE_RETRY_LIMIT: '2',
    MESSAGE_RETRY_DELAY_SECONDS: '1',
  });
  adapters = adaptersFor(env.ctx.config.messaging);
  reporter = await signedIn(env.app, 'unit-zuzhibu');
  zuzhibu = (await env.ctx.db.execute<{ id: string }>(sql`select id from units where code = 'zuzhibu'`)).rows[0]!.id;
});
afterAll(async () => {
  await env.close();
  await vendor.close();
});

/** A record submitted to 环县 and its pending deliveries (SMS and WeCom to the county officer). */
async function submitted() {
  const created = await reporter.post('/api/records', {
    type: 'visit',
    occurredOn: '2019-06-12',
    eastUnitId: zuzhibu,
    countyCode: '621022',
    values: { visitKind: 'high_level', direction: 'east_to_west', leaders: '区委书记' },
  });
  expect(created.status).toBe(200);
  await reporter.post(`/api/records/${created.body.id}/submit`);
  const rows = await env.ctx.db.execute<{ id: string; channel: 'sms' | 'wecom'; message_id: string }>(
    sql`select d.id, d.channel, d.message_id from message_deliveries d join messages m on m.id = d.message_id
        where m.link = ${`/ledger/${created.body.id}`} order by d.channel`,
  );
  return { recordId: created.body.id as string, deliveries: rows.rows };
}

const job = (deliveryId: string, retryCount = 0): Job =>
  ({ id: deliveryId, name: 'messages.deliver', data: { deliveryId }, retryCount, retryLimit: 2 }) as unknown as Job;
const statusOf = async (id: string) =>
  (
    await env.ctx.db.execute<{ status: string; attempts: number }>(
      sql`select status, attempts from message_deliveries where id = ${id}`,
    )
  ).rows[0]!;

describe('SMS through Tencent Cloud’s SDK and WeCom over HTTPS, against a stand-in vendor', () => {
  it('sends the registered template with the reporting unit, the record type and the record’s short link, and no ID number', async () => {
    vendor.behave('ok');
    const { deliveries } = await submitted();
    for (const d of deliveries) await deliverOne(env.ctx, adapters, job(d.id));
    const sms = vendor.received.filter((r) => r.vendor === 'tencent').at(-1)!;
    expect(sms.phone).toBe('13900000001');
    expect(sms.template).toBe('2001');
    expect(sms.key).toBe(deliveries[0]!.message_id);
    const [unit, type, link] = sms.params as string[];
    expect([unit, type]).toEqual(['区委组织部', '互访考察']);
    expect(link).toMatch(/^https:\/\/xz\.example\.cn\/m\/[A-Za-z0-9]{10}$/);
    expect(sms.headers.authorization).toMatch(/^TC3-HMAC-SHA256 Credential=id\//);
    const wecom = vendor.received.filter((r) => r.vendor === 'wecom').at(-1)!;
    expect(wecom.to).toBe('huan.officer');
    expect(wecom.text).toBe(`区委组织部报送的互访考察待您确认：${link}`);
    // as the phone shows it, with the vendor's 【signature】
    expect(signedSms('南开协作', wecom.text!).length).toBeLessThanOrEqual(SMS_SINGLE_LENGTH);
    // what the vendors were given to send carries no ID number (the request headers are left out: a signature's hex
    // may hold 18 digits in a row by chance, as it did once against PostgreSQL 15)
    const sent = vendor.received.map(({ phone, to, template, params, text }) => ({
      phone,
      to,
      template,
      params,
      text,
    }));
    expect(JSON.stringify(sent)).not.toMatch(/\d{17}[\dX]/);
    for (const d of deliveries) expect((await statusOf(d.id)).status).toBe('sent');
  });

  it('retries a vendor that answers 500, then dead-letters the delivery; the record was submitted regardless', async () => {
    const { recordId, deliveries } = await submitted();
    expect((await reporter.get(`/api/records/${recordId}`)).body.status).toBe('submitted');
    vendor.behave('fail500');
    const sms = deliveries.find((d) => d.channel === 'sms')!;
    await expect(deliverOne(env.ctx, adapters, job(sms.id, 0))).rejects.toThrow();
    expect(await statusOf(sms.id)).toMatchObject({ status: 'failed', attempts: 1 });
    await expect(deliverOne(env.ctx, adapters, job(sms.id, 1))).rejects.toThrow();
    await deliverOne(env.ctx, adapters, job(sms.id, 2)); // the last attempt: dead-lettered, not thrown
    expect(await statusOf(sms.id)).toMatchObject({ status: 'dead', attempts: 3 });
    const admin = await signedIn(env.app, 'sysadmin');
    const dead = await admin.get('/api/messages/deliveries?status=dead');
    expect(dead.body.items.map((x: { id: string }) => x.id)).toContain(sms.id);
    expect(dead.body.items[0].recipient).toBe('环县协作办');
    vendor.behave('ok');
    expect((await admin.post(`/api/messages/deliveries/${sms.id}/retry`)).status).toBe(200);
    await deliverOne(env.ctx, adapters, job(sms.id, 0));
    expect((await statusOf(sms.id)).status).toBe('sent');
  });

  it('a vendor that does not answer times out; the send is then asked about, not repeated', async () => {
    const { deliveries } = await submitted();
    const sms = deliveries.find((d) => d.channel === 'sms')!;
    vendor.behave('hang');
    await expect(deliverOne(env.ctx, adapters, job(sms.id, 0))).rejects.toThrow(/no answer|timeout/i);
    expect((await statusOf(sms.id)).status).toBe('sending'); // the outcome is unknown
    vendor.behave('ok');
    const sent = vendor.received.length;
    // Tencent's reports may lag: not found yet is "unknown", so nothing is sent a second time
    await expect(deliverOne(env.ctx, adapters, job(sms.id, 1))).rejects.toThrow(/not known/);
    expect(vendor.received.length).toBe(sent);
  });

  it('after a stop between the vendor’s answer and the mark, finds the message at the vendor and sends nothing twice', async () => {
    vendor.behave('ok');
    for (const provider of ['tencent', 'alibaba'] as const) {
      const m = env.ctx.config.messaging;
      const a =
        provider === 'tencent'
          ? adapters
          : adaptersFor({
              ...m,
              sms: { provider, accessKeyId: 'ak', accessKeySecret: 'sk', signName: '南开协作', endpoint: vendor.url },
            });
      const { deliveries } = await submitted();
      const sms = deliveries.find((d) => d.channel === 'sms')!;
      // a worker claimed it and the vendor took it, then the process died before marking it sent
      await env.ctx.db.execute(
        sql`update message_deliveries set status = 'sending', adapter = ${provider}, sending_since = now() where id = ${sms.id}`,
      );
      await a.sms.send({
        key: sms.message_id,
        phone: '13900000001',
        wecomUserId: null,
        template: 'record.awaiting_confirmation',
        vars: {},
        text: '',
      });
      const before = vendor.received.filter((r) => r.key === sms.message_id).length;
      await deliverOne(env.ctx, a, job(sms.id, 1));
      expect(await statusOf(sms.id)).toMatchObject({ status: 'sent' });
      expect(vendor.received.filter((r) => r.key === sms.message_id)).toHaveLength(before);
    }
  });

  it('delivers through the queue: pg-boss picks the job up after the record’s transaction commits', async () => {
    vendor.behave('ok');
    const boss = await startQueue(env.database.pool, workersFor(env.ctx), [], {
      pollSeconds: 0.5,
      maintenanceSeconds: 60,
      onError: () => {},
    });
    try {
      const { deliveries } = await submitted();
      await expect
        .poll(async () => (await Promise.all(deliveries.map((d) => statusOf(d.id)))).map((s) => s.status), {
          timeout: 20_000,
          interval: 200,
        })
        .toEqual(['sent', 'sent']);
    } finally {
      await boss.stop({ graceful: false, wait: true, close: false });
    }
  });
});
