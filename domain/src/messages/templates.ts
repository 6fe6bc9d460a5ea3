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
    vars: ['name', 'type', 'unit', 'link'],
    title: { zh: '待您确认：{type}', en: 'To confirm: {type}' },
    body: {
      zh: '{unit}报送的“{type}”（{county}，{date}）待您确认。',
      en: '“{type}” reported by {unit} ({county}, {date}) awaits your confirmation.',
    },
    sms: '{name}您好，{unit}报送的{type}待您确认，请点击 {link}',
    channels: ['sms', 'wecom'],
  }),
  'record.awaiting_review': t({
    vars: ['name', 'type', 'unit', 'link'],
    title: { zh: '待您审核：{type}', en: 'To review: {type}' },
    body: {
      zh: '{unit}报送的“{type}”（{county}，{date}）待专项组审核。',
      en: '“{type}” reported by {unit} ({county}, {date}) awaits your group’s review.',
    },
    sms: '{name}您好，{unit}报送的{type}待您审核，请点击 {link}',
    channels: ['sms', 'wecom'],
  }),
  'record.disputed': t({
    vars: ['name', 'type', 'link'],
    title: { zh: '有异议：{type}', en: 'Disputed: {type}' },
    body: {
      zh: '您报送的“{type}”（{county}，{date}）被对方提出异议：{reason}',
      en: 'Your “{type}” ({county}, {date}) was disputed: {reason}',
    },
    sms: '{name}您好，您报送的{type}被对方提出异议，请点击 {link} 查看',
    channels: ['sms', 'wecom'],
  }),
  'supervision.issued': t({
    vars: ['name', 'serial', 'due', 'link'],
    title: { zh: '新下达：{serial}', en: 'Supervision order {serial}' },
    body: {
      zh: '{serial}“{subject}”已下达给您单位，请于{due}前反馈。',
      en: 'Order {serial} “{subject}” was issued to your unit; answer by {due}.',
    },
    sms: '{name}您好，{serial}已下达，请于{due}前反馈：{link}',
    channels: ['sms', 'wecom'],
  }),
  'supervision.due_soon': t({
    vars: ['name', 'serial', 'due', 'link'],
    title: { zh: '即将到期：{serial}', en: 'Due soon: {serial}' },
    body: {
      zh: '{serial}“{subject}”将于{due}到期，尚未反馈。',
      en: 'Order {serial} “{subject}” is due on {due} and has no answer yet.',
    },
    sms: '{name}您好，{serial}将于{due}到期，请反馈：{link}',
    channels: ['sms', 'wecom'],
  }),
  'supervision.overdue': t({
    vars: ['name', 'serial', 'due', 'link'],
    title: { zh: '已逾期：{serial}', en: 'Overdue: {serial}' },
    body: {
      zh: '{serial}“{subject}”已于{due}到期，尚未办结。',
      en: 'Order {serial} “{subject}” was due on {due} and is not closed.',
    },
    sms: '{name}您好，{serial}已于{due}逾期，请办理：{link}',
    channels: ['sms', 'wecom'],
  }),
  'unlock.decided': t({
    vars: ['name', 'decision', 'type', 'link'],
    title: { zh: '解锁申请{decision}', en: 'Unlock request {decision}' },
    body: {
      zh: '您对“{type}”提出的解锁申请已{decision}。{note}',
      en: 'Your unlock request for “{type}” was {decision}. {note}',
    },
    sms: '{name}您好，您对{type}的解锁申请已{decision}：{link}',
    channels: ['wecom'],
  }),
  'import.finished': t({
    vars: ['name', 'ok', 'rejected', 'link'],
    title: { zh: '导入完成', en: 'Import finished' },
    body: {
      zh: '“{file}”导入完成：成功 {ok} 行，未导入 {rejected} 行。',
      en: '“{file}” is imported: {ok} rows in, {rejected} rows refused.',
    },
    sms: '{name}您好，导入已完成，成功{ok}行，未导入{rejected}行：{link}',
    channels: ['wecom'],
  }),
  'import.stopped': t({
    vars: ['name', 'link'],
    title: { zh: '导入中断', en: 'Import stopped' },
    body: { zh: '“{file}”导入未完成：{reason}', en: '“{file}” did not finish: {reason}' },
    sms: '{name}您好，您的导入未完成，请点击 {link} 查看',
    channels: ['wecom'],
  }),
  'pairing.dormant': t({
    vars: ['name', 'count', 'link'],
    title: { zh: '沉睡结对 {count} 个', en: '{count} dormant pairings' },
    body: {
      zh: '截至{date}，有 {count} 个结对超过 {months} 个月没有台账记录。',
      en: 'As of {date}, {count} pairings have had no ledger record for {months} months.',
    },
    sms: '{name}您好，有{count}个结对长期无台账记录，请查看：{link}',
    channels: ['wecom'],
  }),
  'charity.step': t({
    vars: ['name', 'step', 'link'],
    title: { zh: '您的捐赠：{step}', en: 'Your donation: {step}' },
    body: {
      zh: '您对“{need}”的捐赠（{amount} 元）{step}。{note}',
      en: 'Your donation to “{need}” ({amount} yuan): {stepEn}. {note}',
    },
    sms: '{name}您好，您的捐赠{step}，详情：{link}',
    channels: ['sms'],
  }),
  'labour.post_pushed': t({
    vars: ['name', 'title', 'link'],
    title: { zh: '岗位推荐：{title}', en: 'A job for you: {title}' },
    body: {
      zh: '{employer}招聘“{title}”（{place}，月薪 {wage} 元），点击查看并一键申请。',
      en: '{employer} is hiring “{title}” ({place}, {wage} yuan a month). Open it to apply in one tap.',
    },
    sms: '{name}您好，为您推荐岗位：{title}，详情及申请：{link}',
    channels: ['sms'],
  }),
  'labour.followup': t({
    vars: ['name', 'title', 'link'],
    title: { zh: '稳岗回访：{title}', en: 'Follow-up: {title}' },
    body: {
      zh: '您在“{title}”上岗已满 {months} 个月，请告诉我们是否仍在岗。',
      en: 'It is {months} months since the start at “{title}”: are you still employed there?',
    },
    sms: '{name}您好，您在{title}是否仍在岗？请点击回复：{link}',
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

export type MessageTemplateCode = keyof typeof MESSAGE_TEMPLATES;
export const MESSAGE_TEMPLATE_CODES = Object.keys(MESSAGE_TEMPLATES) as MessageTemplateCode[];
export type MessageVars = Record<string, string | number>;

/** Fills `{var}` placeholders; a missing variable leaves an empty string, never the brace text. */
export function fillTemplate(text: string, vars: MessageVars): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) => (vars[k] === undefined ? '' : String(vars[k])));
}

/** The SMS text of a template with its variables, as the vendor will send it (without the signature). */
export function smsText(code: MessageTemplateCode, vars: MessageVars): string {
  return fillTemplate(MESSAGE_TEMPLATES[code].sms, vars);
}

/** Characters in one SMS of Chinese text (UCS-2); longer texts go out as several. */
export const SMS_SINGLE_LENGTH = 70;
