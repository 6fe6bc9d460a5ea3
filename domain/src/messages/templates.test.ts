import { describe, expect, it } from 'vitest';
import {
  CHARITY_DONOR_STEPS,
  MESSAGE_TEMPLATE_CODES,
  MESSAGE_TEMPLATES,
  SMS_SIGNATURE_MAX,
  SMS_SINGLE_LENGTH,
  signedSms,
  smsText,
  smsVars,
} from './templates';

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
// the longest realistic values as the producers fill them: a four-character name (复姓), the longest east unit
// name and record type label of the registry, a decision-kind serial in the hundreds, a due date as stored (YYYY-MM-DD),
// five-digit row counts, and a link of a 20-character PUBLIC_URL plus /m/ and a 10-character code
const LONG = {
  name: '欧阳建国',
  type: '产品推介与签约活动',
  unit: '区文化和旅游局',
  link: 'https://xz.nankai.cn/m/AbCdEfGhJk',
  serial: '决定事项〔2026〕123号',
  due: '2026-12-10',
  decision: '不同意',
  ok: 99999,
  rejected: 99999,
  count: 999,
  code: '123456',
  // a post's title as the labour module sends it: at most 12 characters
  title: '天津电子厂装配普工岗位招聘',
};
const LONGEST_STEP = Object.values(CHARITY_DONOR_STEPS)
  .map((s) => s.zh)
  .sort((a, b) => b.length - a.length)[0]!;
// the longest signature the configuration accepts
const SIGNATURE = '南开区东西部协作'.slice(0, SMS_SIGNATURE_MAX);

describe('SMS templates', () => {
  it.each(MESSAGE_TEMPLATE_CODES)('%s: registered-template wording with only its declared variables', (code) => {
    const t = MESSAGE_TEMPLATES[code];
    const used = [...t.sms.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    expect(new Set(used)).toEqual(new Set(t.vars));
    for (const v of used) expect(ALLOWED, `${code}: {${v}}`).toContain(v);
  });

  it.each(MESSAGE_TEMPLATE_CODES)(
    '%s: fits one SMS of 70 characters with the longest signature and variables',
    (code) => {
      expect(SIGNATURE).toHaveLength(SMS_SIGNATURE_MAX);
      const text = signedSms(SIGNATURE, smsText(code, { ...LONG, step: LONGEST_STEP }));
      expect(text).not.toMatch(/\{\w+\}/);
      expect(text.length, text).toBeLessThanOrEqual(SMS_SINGLE_LENGTH);
    },
  );

  it('writes dates the short way in SMS only', () => {
    expect(smsVars({ due: '2026-01-05', count: 3, serial: '督办〔2026〕1号' })).toEqual({
      due: '1月5日',
      count: 3,
      serial: '督办〔2026〕1号',
    });
    expect(smsText('supervision.issued', { serial: '督办〔2019〕3号', due: '2019-10-03', link: 'L' })).toBe(
      '督办〔2019〕3号请于10月3日前反馈 L',
    );
  });
});
