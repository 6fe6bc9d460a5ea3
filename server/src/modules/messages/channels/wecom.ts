import type { MessagingConfig } from '../../../config/messaging.config';
import { PermanentError, withTimeout, type ChannelAdapter } from './channel';

type WecomConfig = NonNullable<MessagingConfig['wecom']>;
type Answer = { errcode?: number; errmsg?: string; access_token?: string; expires_in?: number; msgid?: string };
const TOKEN_EXPIRED = new Set([40014, 42001]);

/**
 * WeCom (企业微信) application messages over its HTTPS API: gettoken, then message/send as a text message.
 * Duplicate check is on, so WeCom itself drops a resend of the same text to the same person within 30 minutes.
 */
export function wecomAdapter(c: WecomConfig, m: MessagingConfig): ChannelAdapter {
  let token: { value: string; until: number } | null = null;
  const call = async (path: string, init?: RequestInit): Promise<Answer> => {
    const res = await withTimeout(
      fetch(new URL(path, c.endpoint), { ...init, signal: AbortSignal.timeout(m.sendTimeoutMs) }),
      m.sendTimeoutMs,
      'WeCom',
    );
    if (!res.ok) throw new Error(`WeCom: HTTP ${res.status}`);
    return (await res.json()) as Answer;
  };
  const accessToken = async (): Promise<string> => {
    if (token && token.until > Date.now()) return token.value;
    const q = new URLSearchParams({ corpid: c.corpId, corpsecret: c.corpSecret });
    const a = await call(`/cgi-bin/gettoken?${q}`);
    if (a.errcode || !a.access_token) throw new Error(`WeCom gettoken: ${a.errcode} ${a.errmsg ?? ''}`);
    token = { value: a.access_token, until: Date.now() + ((a.expires_in ?? 7200) - 300) * 1000 };
    return token.value;
  };
  const sendOnce = async (to: string, text: string) =>
    call(`/cgi-bin/message/send?access_token=${encodeURIComponent(await accessToken())}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        touser: to,
        msgtype: 'text',
        agentid: c.agentId,
        text: { content: text },
        enable_duplicate_check: 1,
        duplicate_check_interval: 1800,
      }),
    });
  return {
    channel: 'wecom',
    name: 'wecom',
    async send(o) {
      if (!o.wecomUserId) throw new PermanentError('recipient has no WeCom user ID');
      let a = await sendOnce(o.wecomUserId, o.text);
      if (a.errcode && TOKEN_EXPIRED.has(a.errcode)) {
        token = null;
        a = await sendOnce(o.wecomUserId, o.text);
      }
      if (a.errcode) throw new Error(`WeCom message/send: ${a.errcode} ${a.errmsg ?? ''}`);
      return { vendorRef: a.msgid ?? null };
    },
    // WeCom's duplicate check makes a resend harmless
    async reconcile() {
      return 'not_sent';
    },
  };
}
