/** The measures a ledger record can carry; each is a typed column, so indicators sum them in SQL. */
export const MEASURES = {
  persons: { zh: '人数', en: 'Persons', unit: { zh: '人', en: 'persons' }, column: 'persons', kind: 'int' },
  poorPersons: {
    zh: '其中建档立卡贫困人口',
    en: 'Of which registered poor',
    unit: { zh: '人', en: 'persons' },
    column: 'poor_persons',
    kind: 'int',
  },
  personTimes: {
    zh: '人次',
    en: 'Person-times',
    unit: { zh: '人次', en: 'person-times' },
    column: 'person_times',
    kind: 'int',
  },
  sessions: {
    zh: '期（场、次）数',
    en: 'Sessions',
    unit: { zh: '期', en: 'sessions' },
    column: 'sessions',
    kind: 'int',
  },
  amountFen: { zh: '金额', en: 'Amount', unit: { zh: '元', en: 'yuan' }, column: 'amount_fen', kind: 'money' },
  months: { zh: '月数', en: 'Months', unit: { zh: '个月', en: 'months' }, column: 'months', kind: 'int' },
  areaMu: { zh: '面积', en: 'Area', unit: { zh: '亩', en: 'mu' }, column: 'area_mu', kind: 'decimal' },
  households: { zh: '户数', en: 'Households', unit: { zh: '户', en: 'households' }, column: 'households', kind: 'int' },
  poorHouseholds: {
    zh: '其中建档立卡贫困户',
    en: 'Of which registered poor households',
    unit: { zh: '户', en: 'households' },
    column: 'poor_households',
    kind: 'int',
  },
  posts: { zh: '岗位数', en: 'Posts', unit: { zh: '个', en: 'posts' }, column: 'posts', kind: 'int' },
  quantity: { zh: '数量', en: 'Quantity', unit: { zh: '个', en: 'items' }, column: 'quantity', kind: 'int' },
  enterprises: {
    zh: '企业数',
    en: 'Enterprises',
    unit: { zh: '家', en: 'enterprises' },
    column: 'enterprises',
    kind: 'int',
  },
} as const;

export type MeasureKey = keyof typeof MEASURES;
export const MEASURE_KEYS = Object.keys(MEASURES) as MeasureKey[];
export type Measures = Partial<Record<MeasureKey, number>>;
