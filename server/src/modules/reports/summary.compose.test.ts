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
    // the one point left keeps its lead without a lone "一是"
    expect(text).toContain('（一）资金\n社会资金。以集翔集团为代表的企业捐款212.53万元。');
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
    expect(text).toContain('二、下一步打算');
    // the talent section has one led point only: its lead stands without a lone "一是"
    expect(text).toContain(
      '（一）人才支援升级加力，深化党政干部和专技人才交流培养\n加强党政干部选派力度。全年为每个结对帮扶县选派3名以上干部挂职',
    );
    expect(text).not.toMatch(/一是(?![^]*二是)/);
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

describe('words from data', () => {
  const cadres: SummaryTemplate = {
    title: 't',
    partHeading: '{year}年',
    sections: [
      {
        key: 'talent',
        heading: '人才',
        items: [
          {
            lead: '选派',
            sentences: [
              { text: '选派{talent.cadres_sent}名党政干部挂职' },
              {
                text: '其中{notable.county_leaders}名县处级领导干部挂职县委常委、副县长',
                whenDiffer: ['talent.cadres_sent', 'notable.county_leaders'],
              },
              {
                text: '均为县处级领导干部，挂职县委常委、副县长',
                whenEqual: ['talent.cadres_sent', 'notable.county_leaders'],
              },
            ],
          },
        ],
      },
    ],
  };
  const write = (sent: number, leaders: number) =>
    toText(
      composeSummary(cadres, facts({ 'talent.cadres_sent': [sent], 'notable.county_leaders': [leaders] }), {
        scope: 'district',
      }).doc,
    );

  it('says "均为" when every cadre sent is a county leader, "其中" when some are, neither when none', () => {
    expect(write(3, 3)).toContain('选派。选派3名党政干部挂职，均为县处级领导干部，挂职县委常委、副县长。');
    expect(write(5, 3)).toContain('选派5名党政干部挂职，其中3名县处级领导干部挂职县委常委、副县长。');
    expect(write(5, 0)).toContain('选派5名党政干部挂职。');
    expect(write(5, 0)).not.toContain('县处级');
    expect(checkTemplate(cadres)).toEqual([]);
  });

  it('closes with the parts after 一 numbered in turn and the 落款, without a generated-by note in the text', () => {
    const { doc } = composeSummary(cadres, facts({ 'talent.cadres_sent': [3] }), {
      scope: 'unit',
      parts: [() => [], (n) => [{ kind: 'h1', text: `${chineseOrdinal(n)}、存在的问题` }]],
      signature: { issuer: '区委组织部', date: '2018年12月31日' },
      properties: { author: '区委组织部', description: '本报告由协作平台根据已确认的台账记录自动生成' },
    });
    const text = toText(doc);
    expect(text).toContain('二、存在的问题'); // the empty part took no number
    expect(text.trimEnd().endsWith('区委组织部\n2018年12月31日')).toBe(true);
    expect(text).not.toContain('自动生成');
    expect(doc.properties?.author).toBe('区委组织部');
  });
});
