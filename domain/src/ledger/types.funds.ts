import { L, opt, type RecordTypeDecl } from './declarations';

export const PURPOSES = [
  opt('industry', '产业发展', 'Industry'),
  opt('livelihood', '民生保障', 'Livelihoods'),
  opt('infrastructure', '基础设施', 'Infrastructure'),
  opt('employment', '劳务就业', 'Employment'),
  opt('education_health', '教育医疗', 'Education and health'),
  opt('other', '其他', 'Other'),
] as const;
export const LEVELS = [
  opt('county', '县级', 'County'),
  opt('township', '乡镇', 'Township'),
  opt('village', '村', 'Village'),
  opt('above_county', '县以上', 'Above county'),
] as const;

export const FUNDS_TYPES: RecordTypeDecl[] = [
  {
    code: 'fund_payment',
    label: L('资金拨付', 'Fund payment'),
    category: 'funds',
    group: 'funds',
    reportedBy: 'east',
    review: true,
    roster: { mode: 'none' },
    fields: [
      {
        key: 'fundKind',
        kind: 'enum',
        required: true,
        label: L('资金类别', 'Fund kind'),
        options: [opt('fiscal', '财政援助资金', 'Fiscal assistance'), opt('social', '社会帮扶资金', 'Social funds')],
      },
      {
        key: 'amountFen',
        kind: 'money',
        measure: 'amountFen',
        required: true,
        label: L('金额（元）', 'Amount (yuan)'),
      },
      { key: 'purpose', kind: 'enum', required: true, label: L('资金用途', 'Purpose'), options: PURPOSES },
      { key: 'level', kind: 'enum', required: true, label: L('使用层级', 'Level'), options: LEVELS },
      { key: 'project', kind: 'text', label: L('项目名称', 'Project'), maxLength: 200 },
      { key: 'voucher', kind: 'text', label: L('凭证号', 'Voucher no.'), maxLength: 60 },
    ],
  },
  {
    code: 'donation',
    label: L('社会捐赠', 'Donation'),
    category: 'pairing',
    group: 'social',
    reportedBy: 'east',
    review: false,
    roster: { mode: 'none' },
    fields: [
      { key: 'donor', kind: 'text', required: true, label: L('捐赠方', 'Donor'), maxLength: 200 },
      {
        key: 'form',
        kind: 'enum',
        required: true,
        label: L('形式', 'Form'),
        options: [opt('cash', '捐款', 'Cash'), opt('goods', '捐物（折价）', 'Goods (valued)')],
      },
      {
        key: 'amountFen',
        kind: 'money',
        measure: 'amountFen',
        required: true,
        label: L('金额或折价（元）', 'Amount or value (yuan)'),
      },
      {
        key: 'viaRedCross',
        kind: 'boolean',
        label: L('经区红十字会接收划转', 'Received and passed on by the Red Cross'),
      },
      { key: 'passedOnOn', kind: 'date', label: L('划转日期', 'Passed on') },
    ],
  },
];
