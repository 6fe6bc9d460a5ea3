import type { OutboundChannel } from '@xiezuo/domain';
import type { MessagingConfig } from '../../../config/messaging.config';
import type { ChannelAdapter } from './channel';
import { alibabaAdapter } from './sms-alibaba';
import { logAdapter } from './sms-log';
import { tencentAdapter } from './sms-tencent';
import { wecomAdapter } from './wecom';

export type Adapters = Record<OutboundChannel, ChannelAdapter>;

/** One adapter per outbound channel from the configuration; a channel with no vendor writes to the log file. */
export function adaptersFor(m: MessagingConfig): Adapters {
  const sms =
    m.sms.provider === 'tencent'
      ? tencentAdapter(m.sms, m)
      : m.sms.provider === 'alibaba'
        ? alibabaAdapter(m.sms, m)
        : logAdapter('sms', m.logFile);
  return { sms, wecom: m.wecom ? wecomAdapter(m.wecom, m) : logAdapter('wecom', m.logFile) };
}
