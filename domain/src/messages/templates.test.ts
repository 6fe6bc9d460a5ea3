import { describe, expect, it } from 'vitest';
import { MESSAGE_TEMPLATE_CODES, MESSAGE_TEMPLATES, SMS_SINGLE_LENGTH, smsText } from './templates';

// the variables an SMS may carry: the recipient's own name and facts about the work, never another person's data
const ALLOWED = new Set([
  'name',
  'type',
  'unit',
  'link',
  'serial',
  'due',
  'decision',
  'ok',
  'rejected',
  'count',
  'code',
  'step',
  'title',
]);
// realistic values as the producers fill them (a serial as serialOf writes it, a due date as stored); the link is a
// PUBLIC_URL of 20 characters plus /m/ and a 10-character code
const LONG = {
  name: '张建国',
  type: '高层互访',
  unit: '区委组织部',
  link: 'https://xz.nankai.cn/m/AbCdEfGhJk',
  serial: '督办〔2026〕12号',
  due: '2026-12-10',
  decision: '不同意',
  ok: 12000,
  rejected: 300,
  count: 120,
  code: '123456',
  step: '已由区红十字会划转至受援县并确认到账',
  // a post's title as the labour module sends it: at most 12 characters
  title: '天津电子厂装配普工岗位招聘',
};

describe('SMS templates', () => {
  it.each(MESSAGE_TEMPLATE_CODES)('%s: registered-template wording with only its declared variables', (code) => {
    const t = MESSAGE_TEMPLATES[code];
    const used = [...t.sms.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    expect(new Set(used)).toEqual(new Set(t.vars));
    for (const v of used) expect(ALLOWED, `${code}: {${v}}`).toContain(v);
  });

  it.each(MESSAGE_TEMPLATE_CODES)('%s: fits one SMS of 70 characters (the vendor’s signature not counted)', (code) => {
    const text = smsText(code, LONG);
    expect(text).not.toMatch(/\{\w+\}/);
    expect(text.length, text).toBeLessThanOrEqual(SMS_SINGLE_LENGTH);
  });
});
