/**
 * Message templates: one code per kind of message, written once in the style of a registered SMS template
 * (fixed words, variables in braces). The in-app centre shows `title` and `body`; SMS and WeCom send `sms`.
 * Texts carry no personal data beyond the recipient's own name ({name}); links are short links.
 */
export const MESSAGE_CHANNELS = ['inapp', 'sms', 'wecom'] as const;
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];
/** Channels that go out through a vendor; the in-app centre is always on. */
export const OUTBOUND_CHANNELS = ['sms', 'wecom'] as const;
export type OutboundChannel = (typeof OUTBOUND_CHANNELS)[number];

type Text = { zh: string; en: string };
export type MessageTemplate = {
  /** variables in the order a vendor's positional template takes them (Tencent Cloud) */
  vars: readonly string[];
  title: Text;
  body: Text;
  /** the zh-CN text registered with the SMS vendor; also sent to WeCom */
  sms: string;
  /** channels used unless the producer names others */
  channels: readonly OutboundChannel[];
};

const t = (m: MessageTemplate) => m;

export const MESSAGE_TEMPLATES = {
  'record.awaiting_confirmation': t({
    vars: ['unit', 'type', 'link'],
    title: { zh: '待您确认：{type}', en: 'To confirm: {type}' },
    body: {
      zh: '{unit}报送的“{type}”（{county}，{date}）待您确认。',
      en: '“{type}” reported by {unit} ({county}, {date}) awaits your confirmation.',
    },
    sms: '{unit}报送的{type}待您确认：{link}',
    channels: ['sms', 'wecom'],
  }),
  'record.awaiting_review': t({
    vars: ['unit', 'type', 'link'],
    title: { zh: '待您审核：{type}', en: 'To review: {type}' },
    body: {
      zh: '{unit}报送的“{type}”（{county}，{date}）待专项组审核。',
      en: '“{type}” reported by {unit} ({county}, {date}) awaits your group’s review.',
    },
    sms: '{unit}报送的{type}待您审核：{link}',
    channels: ['sms', 'wecom'],
  }),
  'record.disputed': t({
    vars: ['type', 'link'],
    title: { zh: '有异议：{type}', en: 'Disputed: {type}' },
    body: {
      zh: '您报送的“{type}”（{county}，{date}）被对方提出异议：{reason}',
      en: 'Your “{type}” ({county}, {date}) was disputed: {reason}',
    },
    sms: '您报送的{type}被提出异议，请处理：{link}',
    channels: ['sms', 'wecom'],
  }),
  'supervision.issued': t({
    vars: ['serial', 'due', 'link'],
    title: { zh: '新下达：{serial}', en: 'Supervision order {serial}' },
    body: {
      zh: '{serial}“{subject}”已下达给您单位，请于{due}前反馈。',
      en: 'Order {serial} “{subject}” was issued to your unit; answer by {due}.',
    },
    sms: '{serial}请于{due}前反馈 {link}',
    channels: ['sms', 'wecom'],
  }),
  'supervision.due_soon': t({
    vars: ['serial', 'due', 'link'],
    title: { zh: '即将到期：{serial}', en: 'Due soon: {serial}' },
    body: {
      zh: '{serial}“{subject}”将于{due}到期，尚未反馈。',
      en: 'Order {serial} “{subject}” is due on {due} and has no answer yet.',
    },
    sms: '{serial}{due}到期请反馈 {link}',
    channels: ['sms', 'wecom'],
  }),
  'supervision.overdue': t({
    vars: ['serial', 'due', 'link'],
    title: { zh: '已逾期：{serial}', en: 'Overdue: {serial}' },
    body: {
      zh: '{serial}“{subject}”已于{due}到期，尚未办结。',
      en: 'Order {serial} “{subject}” was due on {due} and is not closed.',
    },
    sms: '{serial}已于{due}逾期 {link}',
    channels: ['sms', 'wecom'],
  }),
  'unlock.decided': t({
    vars: ['type', 'decision', 'link'],
    title: { zh: '解锁申请{decision}', en: 'Unlock request {decision}' },
    body: {
      zh: '您对“{type}”提出的解锁申请已{decision}。{note}',
      en: 'Your unlock request for “{type}” was {decision}. {note}',
    },
    sms: '您对{type}的解锁申请已{decision}：{link}',
    channels: ['wecom'],
  }),
  'import.finished': t({
    vars: ['ok', 'rejected', 'link'],
    title: { zh: '导入完成', en: 'Import finished' },
    body: {
      zh: '“{file}”导入完成：成功 {ok} 行，未导入 {rejected} 行。',
      en: '“{file}” is imported: {ok} rows in, {rejected} rows refused.',
    },
    sms: '导入完成：成功{ok}行，未导入{rejected}行 {link}',
    channels: ['wecom'],
  }),
  'import.stopped': t({
    vars: ['name', 'link'],
    title: { zh: '导入中断', en: 'Import stopped' },
    body: { zh: '“{file}”导入未完成：{reason}', en: '“{file}” did not finish: {reason}' },
    sms: '{name}您好，您的导入未完成：{link}',
    channels: ['wecom'],
  }),
  'pairing.dormant': t({
    vars: ['count', 'link'],
    title: { zh: '沉睡结对 {count} 个', en: '{count} dormant pairings' },
    body: {
      zh: '截至{date}，有 {count} 个结对超过 {months} 个月没有台账记录。',
      en: 'As of {date}, {count} pairings have had no ledger record for {months} months.',
    },
    sms: '有{count}个结对长期无台账记录：{link}',
    channels: ['wecom'],
  }),
  'charity.step': t({
    vars: ['name', 'step', 'link'],
    title: { zh: '您的捐赠：{step}', en: 'Your donation: {step}' },
    body: {
      zh: '您对“{need}”的捐赠（{amount} 元）{step}。{note}',
      en: 'Your donation to “{need}” ({amount} yuan): {stepEn}. {note}',
    },
    sms: '{name}，您的捐赠{step}：{link}',
    channels: ['sms'],
  }),
  'labour.post_pushed': t({
    vars: ['title', 'link'],
    title: { zh: '岗位推荐：{title}', en: 'A job for you: {title}' },
    body: {
      zh: '{employer}招聘“{title}”（{place}，月薪 {wage} 元），点击查看并一键申请。',
      en: '{employer} is hiring “{title}” ({place}, {wage} yuan a month). Open it to apply in one tap.',
    },
    sms: '新岗位{title}，一键申请{link}',
    channels: ['sms'],
  }),
  'labour.followup': t({
    vars: ['title', 'link'],
    title: { zh: '稳岗回访：{title}', en: 'Follow-up: {title}' },
    body: {
      zh: '您在“{title}”上岗已满 {months} 个月，请告诉我们是否仍在岗。',
      en: 'It is {months} months since the start at “{title}”: are you still employed there?',
    },
    sms: '{title}是否仍在岗？请回复{link}',
    channels: ['sms'],
  }),
  'auth.otp': t({
    vars: ['code'],
    title: { zh: '登录验证码', en: 'Sign-in code' },
    body: { zh: '您的登录验证码为 {code}，5 分钟内有效。', en: 'Your sign-in code is {code}, valid for 5 minutes.' },
    sms: '您的登录验证码为{code}，5分钟内有效，请勿泄露。',
    channels: ['sms'],
  }),
} as const satisfies Record<string, MessageTemplate>;

/** The words `charity.step` takes as {step} (zh) and {stepEn}: each step a donor is told about. */
export const CHARITY_DONOR_STEPS = {
  claimed: { zh: '已认领，请按期经区红十字会捐赠', en: 'claimed; please give through the district Red Cross in time' },
  received: { zh: '已由区红十字会接收', en: 'received by the district Red Cross' },
  passed_on: { zh: '已由区红十字会划转至受援县', en: 'passed on to the county by the Red Cross' },
  confirmed: { zh: '受援县已确认到账', en: 'confirmed as arrived by the county' },
  delivered: { zh: '已送达受助方', en: 'delivered to the beneficiary' },
  released: { zh: '预留期满未到账，认领已释放', en: 'released: nothing arrived within the reservation' },
} as const;
export type CharityDonorStep = keyof typeof CHARITY_DONOR_STEPS;

export type MessageTemplateCode = keyof typeof MESSAGE_TEMPLATES;
export const MESSAGE_TEMPLATE_CODES = Object.keys(MESSAGE_TEMPLATES) as MessageTemplateCode[];
export type MessageVars = Record<string, string | number>;

/** Fills `{var}` placeholders; a missing variable leaves an empty string, never the brace text. */
export function fillTemplate(text: string, vars: MessageVars): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) => (vars[k] === undefined ? '' : String(vars[k])));
}

/**
 * The variables as an SMS carries them: a date (YYYY-MM-DD) reads 12月10日, which the short texts need; the
 * in-app text keeps the full date. Vendors get these values too, so their text matches `smsText`.
 */
export function smsVars(vars: MessageVars): MessageVars {
  const out: MessageVars = {};
  for (const [k, v] of Object.entries(vars)) {
    const d = typeof v === 'string' ? /^\d{4}-(\d{2})-(\d{2})$/.exec(v) : null;
    out[k] = d ? `${Number(d[1])}月${Number(d[2])}日` : v;
  }
  return out;
}

/** The SMS text of a template with its variables, as the vendor will send it (without the signature). */
export function smsText(code: MessageTemplateCode, vars: MessageVars): string {
  return fillTemplate(MESSAGE_TEMPLATES[code].sms, smsVars(vars));
}

/** Characters in one SMS of Chinese text (UCS-2), the vendor's 【signature】 included; longer texts go out as several. */
export const SMS_SINGLE_LENGTH = 70;
/** The longest SMS signature (签名, without its 【】) the configuration accepts, so every template fits one SMS. */
export const SMS_SIGNATURE_MAX = 8;

/** The SMS as the phone shows it: the vendor puts the signature in 【】 before the text. */
export function signedSms(signature: string, text: string): string {
  return `【${signature}】${text}`;
}
