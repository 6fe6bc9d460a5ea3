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
        options: [
          opt('fiscal', '财政援助资金', 'Fiscal assistance'),
          opt('social', '社会帮扶资金', 'Social funds'),
          opt('working', '工作经费', 'Working funds'),
        ],
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
    code: 'project_completion',
    label: L('帮扶项目竣工验收', 'Project completed and accepted'),
    category: 'funds',
    group: 'funds',
    // produced by the funds module when the county accepts a project: reported for the funds group's lead unit (the
    // project library's owner), confirmed by the county's acceptance itself
    reportedBy: 'east',
    review: false,
    roster: { mode: 'none' },
    fields: [
      { key: 'project', kind: 'text', required: true, label: L('项目', 'Project'), maxLength: 200 },
      { key: 'purpose', kind: 'enum', required: true, label: L('项目类别', 'Category'), options: PURPOSES },
      { key: 'level', kind: 'enum', required: true, label: L('实施层级', 'Level'), options: LEVELS },
      {
        key: 'amountFen',
        kind: 'money',
        measure: 'amountFen',
        required: true,
        label: L('完成投资（元）', 'Investment completed (yuan)'),
      },
      {
        key: 'households',
        kind: 'number',
        measure: 'households',
        integer: true,
        min: 0,
        label: L('受益农户', 'Households benefiting'),
      },
      {
        key: 'poorHouseholds',
        kind: 'number',
        measure: 'poorHouseholds',
        integer: true,
        min: 0,
        label: L('其中建档立卡贫困户', 'Of which registered poor'),
      },
      {
        key: 'poorPersons',
        kind: 'number',
        measure: 'poorPersons',
        integer: true,
        min: 0,
        label: L('受益建档立卡贫困人口', 'Registered poor people benefiting'),
      },
      { key: 'acceptedOn', kind: 'date', label: L('验收日期', 'Accepted on') },
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
