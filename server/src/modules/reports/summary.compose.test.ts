import { describe, expect, it } from 'vitest';
import { ind, u, WAN, type SummaryTemplate, type ValueFormat } from '@xiezuo/domain';
import { approxNumber, chineseOrdinal, officialNumber } from './number-format';
import { checkTemplate, type Facts } from './placeholders';
import { composePlanText } from './plan-text.compose';
import { toText } from './report-doc';
import { composeSummary, joinSentences } from './summary.compose';
import { DEFAULT_SUMMARY_TEMPLATE } from './summary.default-template';

const facts = (numbers: Record<string, [number, ValueFormat?]>, strings: Record<string, string> = {}): Facts => ({
  numbers: new Map(Object.entries(numbers).map(([k, [value, format]]) => [k, { value, format: format ?? 'count' }])),
  strings: new Map(Object.entries({ year: '2018', counties: '3个受援县', ...strings })),
});

describe('numbers as an official document writes them', () => {
  it('writes 万元 with two decimals only where needed, no thousands separators', () => {
    expect(officialNumber(6700 * WAN, 'money')).toBe('6700');
    expect(officialNumber(2_125_300 * 100, 'money')).toBe('212.53');
    expect(officialNumber(348 * WAN + 100 * 100, 'money')).toBe('348.01');
    expect(officialNumber(2244, 'count')).toBe('2244');
    expect(officialNumber(59.66, 'percent')).toBe('59.7');
    expect(officialNumber(480, 'area')).toBe('480');
  });
  it('rounds "70余" and numbers points 一、十二', () => {
    expect([approxNumber(72), approxNumber(70), approxNumber(8), approxNumber(1234)]).toEqual([
      '70余',
      '70',
      '8',
      '1200余',
    ]);
    expect([1, 10, 12, 21].map(chineseOrdinal)).toEqual(['一', '十', '十二', '二十一']);
  });
});

const template: SummaryTemplate = {
  title: '{tenant}{year}年工作总结',
  partHeading: '{year}年工作开展情况',
  sections: [
    {
      key: 'a',
      heading: '资金',
      items: [
        {
          lead: '财政资金',
          sentences: [{ text: '为{counties}拨付资金{funds.fiscal_paid}万元' }, { text: '对接项目' }],
        },
        {
          lead: '社会资金',
          sentences: [
            { text: '以{notable.top_donor}为代表的企业捐款{social.donations}万元' },
            { text: '社会各界捐款{social.donations}万元', unless: 'notable.top_donor' },
          ],
        },
        { lead: '会议', sentences: [{ text: '召开{parts}', parts: ['{m.a}次常委会', '{m.b}次常务会'] }] },
      ],
    },
    { key: 'b', heading: '劳务', items: [{ lead: '招聘', sentences: [{ text: '举办{labour.job_fairs}场招聘会' }] }] },
    { key: 'c', heading: '宣传', items: [{ sentences: [{ text: '发布文章{publicity.articles}篇' }] }] },
  ],
};

describe('the summary composer', () => {
  it('fills values, drops sentences whose value is 0 or missing, renumbers what is left', () => {
    const f = facts(
      {
        'funds.fiscal_paid': [6700 * WAN, 'money'],
        'social.donations': [212.53 * WAN, 'money'],
        'm.a': [2],
        'm.b': [0],
        'labour.job_fairs': [0],
        'publicity.articles': [18],
      },
      { tenant: '南开区' },
    );
    const { doc, missing } = composeSummary(template, f, { scope: 'district' });
    const text = toText(doc);
    expect(doc.title).toBe('南开区2018年工作总结');
    expect(text).toContain(
      '一是财政资金。为3个受援县拨付资金6700万元，对接项目。二是社会资金。社会各界捐款212.53万元。三是会议。召开2次常委会。',
    );
    expect(text).not.toContain('招聘会'); // 0 job fairs: the sentence, its item and its section drop
    expect(text).toContain('（二）宣传\n发布文章18篇。'); // the next section takes its number
    expect(missing).toContain('notable.top_donor');
  });

  it('keeps a sentence with a notable record and drops its fallback', () => {
    const f = facts({ 'social.donations': [212.53 * WAN, 'money'] }, { 'notable.top_donor': '集翔集团' });
    const text = toText(composeSummary(template, f, { scope: 'county' }).doc);
    expect(text).toContain('一是社会资金。以集翔集团为代表的企业捐款212.53万元。');
    expect(text).not.toContain('社会各界');
    expect(text).not.toContain('财政资金'); // no fiscal value: its item drops although it has a static sentence
  });

  it('joins clauses with commas and ends with a full stop', () => {
    expect(joinSentences(['甲', '乙。', '丙，'])).toBe('甲，乙。丙。');
  });

  it('writes the plan text from targets, merging items that share a lead', () => {
    const decls = [
      ind({
        code: 'talent.cadres_sent',
        name: u('选派干部', ''),
        category: 'talent',
        unit: u('人', ''),
        format: 'count',
        group: 'talent',
        responsibleUnits: [],
        rule: { agg: 'agreements' },
        target: { kind: 'min', perCounty: 3 },
      }),
      ind({
        code: 'talent.x',
        name: u('选派人才', ''),
        category: 'talent',
        unit: u('人', ''),
        format: 'count',
        group: 'talent',
        responsibleUnits: [],
        rule: { agg: 'agreements' },
        target: { kind: 'min', overall: 84 },
      }),
      ind({
        code: 'consumption.amount',
        name: u('消费扶贫', ''),
        category: 'consumption',
        unit: u('万元', ''),
        format: 'money',
        group: 'c',
        responsibleUnits: [],
        rule: { agg: 'agreements' },
        target: { kind: 'min', overall: 5000 * WAN },
      }),
    ];
    const blocks = composePlanText(DEFAULT_SUMMARY_TEMPLATE.plan!, decls, {
      counties: ['a', 'b', 'c'],
      facts: facts({}, { plan_year: '2019' }),
      ordinal: 2,
    });
    const text = toText({ title: '', blocks });
    expect(text).toContain('二、2019年工作安排');
    expect(text).toContain('一是加强党政干部选派力度。全年为每个结对帮扶县选派3名以上干部挂职');
    expect(text).toContain('全年选派人才不少于84人'); // no wording in the template: the generic one
    expect(text).toContain('全年消费扶贫总额不少于5000万元');
  });
});

describe('template checks', () => {
  it('accepts the built-in template and names unknown placeholders', () => {
    expect(checkTemplate(DEFAULT_SUMMARY_TEMPLATE)).toEqual([]);
    const bad = structuredClone(DEFAULT_SUMMARY_TEMPLATE);
    bad.sections[0]!.items[0]!.sentences[0]!.text = '{notable.nobody}{yaer}{funds.fiscal_paid|round}';
    expect(checkTemplate(bad).map((p) => p.message.split(':')[0])).toEqual([
      '{notable.nobody}',
      '{yaer}',
      '{funds.fiscal_paid|round}',
    ]);
  });
});
