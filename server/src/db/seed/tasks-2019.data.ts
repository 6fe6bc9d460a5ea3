import { CLAUSES_2019_PART_1 } from './tasks-2019.clauses-1';
import { CLAUSES_2019_PART_2 } from './tasks-2019.clauses-2';
import type { DemoClause } from './tasks-2019.clause';

export type { DemoClause };

export const DIVISION_2019 = {
  title: '南开区2019年东西部扶贫协作和支援合作任务分工',
  docNo: '南开协作组发〔2019〕2号',
  issuedOn: '2019-03-22',
  adoptedBy: '区东西部扶贫协作和支援合作工作领导小组',
  plansDueOn: '2019-04-30',
};

/** The three other documents the leadership group adopted with the division. */
export const OTHER_DOCUMENTS_2019 = [
  {
    kind: 'implementation_plan' as const,
    title: '南开区2019年东西部扶贫协作和支援合作实施方案',
    docNo: '南开协作组发〔2019〕1号',
  },
  { kind: 'other' as const, title: '南开区东西部扶贫协作和支援合作督查考核办法', docNo: '南开协作组发〔2019〕3号' },
  { kind: 'other' as const, title: '南开区东西部扶贫协作和支援合作资金项目管理办法', docNo: '南开协作组发〔2019〕4号' },
];

export const CLAUSES_2019: DemoClause[] = [...CLAUSES_2019_PART_1, ...CLAUSES_2019_PART_2];

/** Each working group's special work plan: two tasks each; most accepted, one awaiting review, one returned. */
export const GROUP_PLANS_2019: Record<
  string,
  { state: 'accepted' | 'submitted' | 'returned'; tasks: { text: string; lead?: string; due: string }[] }
> = {
  talent: {
    state: 'accepted',
    tasks: [
      { text: '建立挂职干部和专业技术人才管理服务台账，按月调度在岗情况', due: 'monthly' },
      { text: '组织挂职干部中期考核', due: '2019-10-31' },
    ],
  },
  publicity: {
    state: 'accepted',
    tasks: [
      { text: '在区融媒体平台开设扶贫协作专栏，持续发布原创稿件', lead: 'xinwenzhongxin', due: 'monthly' },
      { text: '全国扶贫日期间组织集中宣传', due: '2019-10-17' },
    ],
  },
  social: {
    state: 'accepted',
    tasks: [
      { text: '制定结对认亲工作指引，明确走访频次和帮扶内容', due: '2019-05-31' },
      { text: '会同区红十字会建立捐赠款物接收划转台账', lead: 'hongshizihui', due: 'monthly' },
    ],
  },
  industry: {
    state: 'accepted',
    tasks: [
      { text: '梳理三县重点扶持产业和特色产品清单', due: '2019-05-31' },
      { text: '组织企业赴受援县考察对接投资项目', due: 'quarterly' },
    ],
  },
  education: {
    state: 'accepted',
    tasks: [
      { text: '制定“夏河班”学生资助和导师结对办法', lead: 'school-nkfz', due: '2019-05-31' },
      { text: '组织结对学校教师互派交流和培训', due: 'quarterly' },
    ],
  },
  funds: {
    state: 'accepted',
    tasks: [
      { text: '按季度调度财政帮扶资金拨付和项目进展', due: 'quarterly' },
      { text: '组织资金使用情况专项审计', lead: 'shenjiju', due: '2019-11-30' },
    ],
  },
  labour: {
    state: 'accepted',
    tasks: [
      { text: '在受援县举办专场招聘会', due: 'quarterly' },
      { text: '建立受援县来津务工人员服务台账', due: 'monthly' },
    ],
  },
  consumption: {
    state: 'accepted',
    tasks: [
      { text: '组织机关企事业单位工会集中采购受援县农特产品', lead: 'guoziwei', due: 'monthly' },
      { text: '在天红菜市场展销中心开展产品推介', due: '2019-09-30' },
    ],
  },
  culture_tourism: {
    state: 'submitted',
    tasks: [
      { text: '组织旅行社开发受援县旅游线路', due: '2019-10-31' },
      { text: '在津举办受援县文旅推介会', due: '2019-11-30' },
    ],
  },
  health: {
    state: 'accepted',
    tasks: [
      { text: '建成5对医院远程会诊和远程病理诊断平台', due: '2019-06-30' },
      { text: '组织受援县医护人员来津进修培训', due: 'quarterly' },
    ],
  },
  enterprises: {
    state: 'returned',
    tasks: [
      { text: '动员民营企业与贫困村签订结对帮扶协议', due: '2019-08-31' },
      { text: '组织“千家企业扶贫行”活动', due: 'quarterly' },
    ],
  },
};

/** Unit plans: accepted on time unless listed; these came late, wait for review, were returned, or never came. */
export const UNIT_PLAN_EXCEPTIONS: Record<string, 'late' | 'submitted' | 'returned' | 'draft' | 'missing'> = {
  tiyuju: 'late',
  sifaju: 'late',
  kejiju: 'submitted',
  guoziwei: 'submitted',
  shichangjianguanju: 'returned',
  tongjiju: 'draft',
  kexie: 'missing',
  zhujianwei: 'missing',
  zonggonghui: 'missing',
};

/** Units that failed to report some months, on every task they lead. */
export const REPORT_GAPS: Record<string, string[]> = {
  wenlvju: ['2019-08'],
  gongshanglian: ['2019-08'],
  shenjiju: ['2019-06', '2019-07', '2019-08'],
  tuanquwei: ['2019-06', '2019-07', '2019-08'],
};
