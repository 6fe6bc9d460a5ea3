import fs from 'node:fs';
import path from 'node:path';
import type { ChannelAdapter, Outbound } from './channel';

/**
 * With no vendor configured, a message "sent" by SMS or WeCom is a line in a log file in the data directory
 * (one JSON object a line: time, channel, key, masked recipient, text), so a demo can read its codes there.
 */
export function logAdapter(channel: 'sms' | 'wecom', file: string): ChannelAdapter {
  const line = (m: Outbound) =>
    JSON.stringify({
      at: new Date().toISOString(),
      channel,
      key: m.key,
      to: channel === 'sms' ? m.phone : m.wecomUserId,
      template: m.template,
      text: m.text,
    }) + '\n';
  return {
    channel,
    name: 'log',
    async send(m) {
      await fs.promises.mkdir(path.dirname(file), { recursive: true });
      await fs.promises.appendFile(file, line(m), { mode: 0o600 });
      return { vendorRef: null };
    },
    async reconcile(m) {
      const text = await fs.promises.readFile(file, 'utf8').catch(() => '');
      return text.includes(`"key":${JSON.stringify(m.key)},"to"`) ? 'sent' : 'not_sent';
    },
  };
}
