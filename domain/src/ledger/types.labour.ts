import { L, opt, type RecordTypeDecl } from './declarations';

export const LABOUR_TYPES: RecordTypeDecl[] = [
  {
    code: 'job_fair',
    label: L('专场招聘会', 'Job fair'),
    category: 'labour',
    group: 'labour',
    reportedBy: 'east',
    review: false,
    roster: { mode: 'none' },
    fixed: { sessions: 1 },
    fields: [
      { key: 'title', kind: 'text', required: true, label: L('招聘会名称', 'Title'), maxLength: 200 },
      { key: 'posts', kind: 'number', measure: 'posts', integer: true, min: 0, required: true, label: L('提供岗位', 'Posts offered') },
      { key: 'enterprises', kind: 'number', measure: 'enterprises', integer: true, min: 0, label: L('参会企业', 'Enterprises') },
    ],
  },
  {
    code: 'employment',
    label: L('转移就业', 'Employment placement'),
    category: 'labour',
    group: 'labour',
    reportedBy: 'east',
    review: false,
    roster: { mode: 'single', label: L('就业人员', 'Worker') },
    fixed: { persons: 1 },
    fields: [
      { key: 'destination', kind: 'enum', required: true, label: L('就业去向', 'Destination'), options: [opt('near_home', '就近就地', 'Near home'), opt('tianjin', '来津', 'Tianjin'), opt('elsewhere', '其他地区', 'Elsewhere')] },
      { key: 'employer', kind: 'text', required: true, label: L('用工单位', 'Employer'), maxLength: 200 },
      { key: 'postKind', kind: 'enum', label: L('岗位类别', 'Post kind'), options: [opt('public_welfare', '公益岗位', 'Public-welfare post'), opt('enterprise', '企业岗位', 'Enterprise'), opt('self', '自主就业', 'Self-employed')] },
      { key: 'startDate', kind: 'date', label: L('上岗日期', 'Start date') },
    ],
  },
  {
    code: 'business_start',
    label: L('致富带头人创业', 'Business start by a trained leader'),
    category: 'labour',
    group: 'labour',
    reportedBy: 'west',
    review: false,
    roster: { mode: 'single', label: L('创业人员', 'Founder') },
    fixed: { persons: 1 },
    fields: [
      { key: 'business', kind: 'text', required: true, label: L('创业项目', 'Business'), maxLength: 200 },
      { key: 'poorPersons', kind: 'number', measure: 'poorPersons', integer: true, min: 0, label: L('带动贫困人口就业', 'Poor people employed') },
    ],
  },
];
