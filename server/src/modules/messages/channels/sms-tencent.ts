import * as tencent from 'tencentcloud-sdk-nodejs-sms';
import type { MessagingConfig, SmsConfig } from '../../../config/messaging.config';
import { MESSAGE_TEMPLATES } from '@xiezuo/domain';
import { PermanentError, withTimeout, type ChannelAdapter, type Outbound, type Verdict } from './channel';

type TencentConfig = Extract<SmsConfig, { provider: 'tencent' }>;
const SmsClient = tencent.sms.v20210111.Client;

/** Status reports arrive after the carrier answers; a missing report is "not sent" only after this long. */
const SETTLE_MS = 10 * 60_000;
/** Pages of a phone's reports read when looking for a message (100 a page). */
const MAX_PAGES = 10;

/** Tencent Cloud SMS (SendSms, API 2021-01-11) through the vendor's SDK; the message key travels as SessionContext. */
export function tencentAdapter(c: TencentConfig, m: MessagingConfig): ChannelAdapter {
  const url = new URL(c.endpoint);
  const client = new SmsClient({
    credential: { secretId: c.secretId, secretKey: c.secretKey },
    region: c.region,
    profile: {
      httpProfile: {
        endpoint: url.host,
        protocol: `${url.protocol}//`,
        reqTimeout: Math.ceil(m.sendTimeoutMs / 1000),
      },
    },
  });
  const templateOf = (o: Outbound) => {
    const id = m.smsTemplates[o.template];
    if (!id) throw new PermanentError(`no Tencent template registered for ${o.template} (SMS_TEMPLATES)`);
    return id;
  };
  return {
    channel: 'sms',
    name: 'tencent',
    async send(o) {
      if (!o.phone) throw new PermanentError('recipient has no phone');
      const res = await withTimeout(
        client.SendSms({
          PhoneNumberSet: [`+86${o.phone}`],
          SmsSdkAppId: c.appId,
          SignName: c.signName,
          TemplateId: templateOf(o),
          TemplateParamSet: MESSAGE_TEMPLATES[o.template].vars.map((v) => String(o.vars[v] ?? '')),
          SessionContext: o.key,
        }),
        m.sendTimeoutMs,
        'Tencent Cloud SMS',
      );
      const status = res.SendStatusSet?.[0];
      if (!status || status.Code !== 'Ok')
        throw new Error(`Tencent Cloud SMS: ${status?.Code ?? 'no status'} ${status?.Message ?? ''}`);
      return { vendorRef: status.SerialNo ?? null };
    },
    async reconcile(o, since): Promise<Verdict> {
      if (!o.phone) return 'not_sent';
      for (let offset = 0; offset < 100 * MAX_PAGES; offset += 100) {
        const res = await withTimeout(
          client.PullSmsSendStatusByPhoneNumber({
            BeginTime: Math.floor(since.getTime() / 1000) - 60,
            Offset: offset,
            Limit: 100,
            PhoneNumber: `+86${o.phone}`,
            SmsSdkAppId: c.appId,
          }),
          m.sendTimeoutMs,
          'Tencent Cloud SMS status',
        );
        const set = res.PullSmsSendStatusSet ?? [];
        if (set.some((s) => s.SessionContext === o.key)) return 'sent';
        if (set.length < 100) break;
      }
      return Date.now() - since.getTime() > SETTLE_MS ? 'not_sent' : 'unknown';
    },
  };
}
