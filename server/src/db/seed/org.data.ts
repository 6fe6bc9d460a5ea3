import type { Role } from '@xiezuo/domain';

/** The structure of 天津市南开区's East–West cooperation, as the 2019 leadership-group speech states it. */

export const TENANT = { code: 'nankai', name: '天津市南开区', regionCode: '120104' } as const;

/** The assisted counties, in the speech's order. */
export const COUNTIES = [
  { code: '621022', name: '环县' },
  { code: '621021', name: '庆城县' },
  { code: '623027', name: '夏河县' },
] as const;

type UnitSeed = { code: string; name: string; type: 'party_gov' | 'charity' | 'social_org'; illustrative?: boolean };

/** The 11 lead units of the working groups (seed-figures.md). */
export const LEAD_UNITS: UnitSeed[] = [
  { code: 'zuzhibu', name: '区委组织部', type: 'party_gov' },
  { code: 'xuanchuanbu', name: '区委宣传部', type: 'party_gov' },
  { code: 'tongzhanbu', name: '区委统战部', type: 'party_gov' },
  { code: 'fagaiwei', name: '区发展改革委', type: 'party_gov' },
  { code: 'jiaoyuju', name: '区教育局', type: 'party_gov' },
  { code: 'caizhengju', name: '区财政局', type: 'party_gov' },
  { code: 'renshe', name: '区人社局', type: 'party_gov' },
  { code: 'shangwuju', name: '区商务局', type: 'party_gov' },
  { code: 'wenlvju', name: '区文化和旅游局', type: 'party_gov' },
  { code: 'weijianwei', name: '区卫生健康委', type: 'party_gov' },
  { code: 'gongshanglian', name: '区工商联', type: 'social_org' },
];

/** Other member units the speech names. */
export const NAMED_MEMBERS: UnitSeed[] = [
  { code: 'hezuoban', name: '区合作交流办', type: 'party_gov' },
  { code: 'hongshizihui', name: '区红十字会', type: 'charity' },
  { code: 'wangxinban', name: '区委网信办', type: 'party_gov' },
  { code: 'xinwenzhongxin', name: '区新闻中心', type: 'party_gov' },
];

/** Further member units to reach the speech's 30; the speech does not name them, so they are marked 示例. */
export const ILLUSTRATIVE_MEMBERS: UnitSeed[] = (
  [
    { code: 'quweiban', name: '区委办公室', type: 'party_gov' },
    { code: 'zhengfuban', name: '区政府办公室', type: 'party_gov' },
    { code: 'minzhengju', name: '区民政局', type: 'party_gov' },
    { code: 'kejiju', name: '区科技局', type: 'party_gov' },
    { code: 'guoziwei', name: '区国资委', type: 'party_gov' },
    { code: 'shichangjianguanju', name: '区市场监管局', type: 'party_gov' },
    { code: 'shenjiju', name: '区审计局', type: 'party_gov' },
    { code: 'zhujianwei', name: '区住房建设委', type: 'party_gov' },
    { code: 'tiyuju', name: '区体育局', type: 'party_gov' },
    { code: 'tongjiju', name: '区统计局', type: 'party_gov' },
    { code: 'sifaju', name: '区司法局', type: 'party_gov' },
    { code: 'zonggonghui', name: '区总工会', type: 'social_org' },
    { code: 'tuanquwei', name: '团区委', type: 'social_org' },
    { code: 'fulian', name: '区妇联', type: 'social_org' },
    { code: 'kexie', name: '区科协', type: 'social_org' },
  ] satisfies UnitSeed[]
).map((u) => ({ ...u, illustrative: true }));

export const LEADERSHIP_GROUP = {
  code: 'leadership',
  name: '南开区东西部扶贫协作和支援合作工作领导小组',
  leaderTitle: '区委书记（组长）',
};

type GroupSeed = { code: string; name: string; lead: string; members: string[] };

/** The 11 special working groups with their lead units, exactly as in seed-figures.md; members beyond the lead are illustrative. */
export const WORKING_GROUPS: GroupSeed[] = [
  { code: 'talent', name: '人才支援专项工作组', lead: 'zuzhibu', members: ['jiaoyuju', 'weijianwei', 'renshe'] },
  { code: 'publicity', name: '扶贫宣传专项工作组', lead: 'xuanchuanbu', members: ['wangxinban', 'xinwenzhongxin'] },
  {
    code: 'social',
    name: '社会动员专项工作组',
    lead: 'tongzhanbu',
    members: ['hongshizihui', 'gongshanglian', 'zonggonghui', 'tuanquwei', 'fulian'],
  },
  { code: 'industry', name: '产业帮扶专项工作组', lead: 'fagaiwei', members: ['shangwuju', 'kejiju', 'guoziwei'] },
  { code: 'education', name: '教育扶贫专项工作组', lead: 'jiaoyuju', members: [] },
  { code: 'funds', name: '资金支持专项工作组', lead: 'caizhengju', members: ['shenjiju', 'hezuoban'] },
  { code: 'labour', name: '劳务协作专项工作组', lead: 'renshe', members: ['zonggonghui'] },
  { code: 'consumption', name: '消费扶贫专项工作组', lead: 'shangwuju', members: ['shichangjianguanju', 'guoziwei'] },
  { code: 'culture_tourism', name: '文化旅游扶贫专项工作组', lead: 'wenlvju', members: ['xuanchuanbu'] },
  { code: 'health', name: '健康扶贫专项工作组', lead: 'weijianwei', members: [] },
  { code: 'enterprises', name: '万企帮万村专项工作组', lead: 'gongshanglian', members: ['tongzhanbu', 'shangwuju'] },
];

/** The years the structure is seeded for. */
export const GROUP_YEARS = [2018, 2019] as const;

type DemoUser = {
  username: string;
  displayName: string;
  role: Role;
  scope?: { type: 'group' | 'unit' | 'county'; ref: string };
};

/** One demo account per role, named as the platform issue lists them. */
export const DEMO_USERS: DemoUser[] = [
  { username: 'office', displayName: '区合作交流办', role: 'office_admin' },
  { username: 'leader', displayName: '区领导', role: 'leader' },
  {
    username: 'group-talent',
    displayName: '人才支援组（区委组织部）',
    role: 'group_lead',
    scope: { type: 'group', ref: 'talent' },
  },
  {
    username: 'group-funds',
    displayName: '资金支持组（区财政局）',
    role: 'group_lead',
    scope: { type: 'group', ref: 'funds' },
  },
  {
    username: 'group-labour',
    displayName: '劳务协作组（区人社局）',
    role: 'group_lead',
    scope: { type: 'group', ref: 'labour' },
  },
  {
    username: 'unit-zuzhibu',
    displayName: '区委组织部填报员',
    role: 'unit_reporter',
    scope: { type: 'unit', ref: 'zuzhibu' },
  },
  {
    username: 'unit-renshe',
    displayName: '区人社局填报员',
    role: 'unit_reporter',
    scope: { type: 'unit', ref: 'renshe' },
  },
  // the 环县 hospital pair's doctors (the hospitals are illustrative; they exist once the pairings are seeded)
  {
    username: 'hospital-huan',
    displayName: '环县示例医院（1）医生',
    role: 'unit_reporter',
    scope: { type: 'unit', ref: 'hospital-west-1' },
  },
  {
    username: 'hospital-nk1',
    displayName: '南开区示例医院（1）远程医疗协调员',
    role: 'unit_reporter',
    scope: { type: 'unit', ref: 'hospital-east-1' },
  },
  ...[1, 2, 3, 4, 5].map((n) => ({
    username: `expert-nk${n}`,
    displayName: `南开区示例医院（${n}）会诊专家`,
    role: 'unit_reporter' as const,
    scope: { type: 'unit' as const, ref: `hospital-east-${n}` },
  })),
  {
    username: 'county-huan',
    displayName: '环县协作办',
    role: 'county_officer',
    scope: { type: 'county', ref: '621022' },
  },
  {
    username: 'county-qingcheng',
    displayName: '庆城县协作办',
    role: 'county_officer',
    scope: { type: 'county', ref: '621021' },
  },
  {
    username: 'county-xiahe',
    displayName: '夏河县协作办',
    role: 'county_officer',
    scope: { type: 'county', ref: '623027' },
  },
  {
    username: 'town-xiahe',
    displayName: '夏河县拉卜楞镇干部',
    role: 'county_officer',
    scope: { type: 'county', ref: '623027' },
  },
  { username: 'auditor', displayName: '区审计局', role: 'auditor' },
  { username: 'sysadmin', displayName: '系统管理员', role: 'sys_admin' },
  { username: 'secadmin', displayName: '安全管理员', role: 'sec_admin' },
  { username: 'auditadmin', displayName: '审计管理员', role: 'audit_admin' },
  { username: 'redcross', displayName: '区红十字会', role: 'red_cross', scope: { type: 'unit', ref: 'hongshizihui' } },
];
