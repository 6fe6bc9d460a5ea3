import Dysmsapi, * as dysms from '@alicloud/dysmsapi20170525';
import * as openapi from '@alicloud/openapi-core';
import { MESSAGE_TEMPLATES } from '@xiezuo/domain';
import type { MessagingConfig, SmsConfig } from '../../../config/messaging.config';
import { PermanentError, withTimeout, type ChannelAdapter, type Outbound, type Verdict } from './channel';

type AlibabaConfig = Extract<SmsConfig, { provider: 'alibaba' }>;
// the package's default export is the CommonJS module object when loaded from ESM
const Client = ((Dysmsapi as unknown as { default?: typeof Dysmsapi }).default ?? Dysmsapi) as typeof Dysmsapi;

/** Pages of a phone's day read when looking for a message (50 a page). */
const MAX_PAGES = 20;
const yyyymmdd = (d: Date) => d.toISOString().slice(0, 10).replaceAll('-', '');

/** Alibaba Cloud SMS (Dysmsapi 2017-05-25) through the vendor's SDK; the message key travels as OutId. */
export function alibabaAdapter(c: AlibabaConfig, m: MessagingConfig): ChannelAdapter {
  const url = new URL(c.endpoint);
  const client = new Client(
    new openapi.$OpenApiUtil.Config({
      accessKeyId: c.accessKeyId,
      accessKeySecret: c.accessKeySecret,
      endpoint: url.host,
      protocol: url.protocol.replace(':', ''),
      readTimeout: m.sendTimeoutMs,
      connectTimeout: Math.min(5000, m.sendTimeoutMs),
    }),
  );
  const templateOf = (o: Outbound) => {
    const id = m.smsTemplates[o.template];
    if (!id) throw new PermanentError(`no Alibaba template registered for ${o.template} (SMS_TEMPLATES)`);
    return id;
  };
  return {
    channel: 'sms',
    name: 'alibaba',
    async send(o) {
      if (!o.phone) throw new PermanentError('recipient has no phone');
      const res = await withTimeout(
        client.sendSms(
          new dysms.SendSmsRequest({
            phoneNumbers: o.phone,
            signName: c.signName,
            templateCode: templateOf(o),
            // only the registered template's own variables go out
            templateParam: JSON.stringify(
              Object.fromEntries(MESSAGE_TEMPLATES[o.template].vars.map((v) => [v, String(o.vars[v] ?? '')])),
            ),
            outId: o.key,
          }),
        ),
        m.sendTimeoutMs,
        'Alibaba Cloud SMS',
      );
      if (res.body?.code !== 'OK')
        throw new Error(`Alibaba Cloud SMS: ${res.body?.code ?? 'no code'} ${res.body?.message ?? ''}`);
      return { vendorRef: res.body.bizId ?? null };
    },
    async reconcile(o, since): Promise<Verdict> {
      if (!o.phone) return 'not_sent';
      const days = new Set([yyyymmdd(since), yyyymmdd(new Date())]);
      for (const day of days)
        for (let page = 1; page <= MAX_PAGES; page++) {
          const res = await withTimeout(
            client.querySendDetails(
              new dysms.QuerySendDetailsRequest({
                phoneNumber: o.phone,
                sendDate: day,
                pageSize: 50,
                currentPage: page,
              }),
            ),
            m.sendTimeoutMs,
            'Alibaba Cloud SMS details',
          );
          const found = res.body?.smsSendDetailDTOs?.smsSendDetailDTO ?? [];
          if (found.some((d) => d.outId === o.key)) return 'sent';
          if (found.length < 50) break;
        }
      // QuerySendDetails lists a message as soon as it is accepted (status 1, awaiting the receipt)
      return 'not_sent';
    },
  };
}
