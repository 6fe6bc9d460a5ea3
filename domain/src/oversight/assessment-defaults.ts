import type { AssessmentItem } from './assessment.contracts';

/** The default scheme: scored items worth 100 points, plus capped bonus and deduction items. */
export const DEFAULT_ASSESSMENT_ITEMS: AssessmentItem[] = [
  {
    code: 'completion',
    name: { zh: '目标任务完成度', en: 'Target completion' },
    kind: 'indicator_completion',
    weight: 40,
    cap: null,
    days: null,
  },
  { code: 'pace', name: { zh: '时序进度', en: 'Pace' }, kind: 'pace', weight: 20, cap: null, days: null },
  {
    code: 'reporting',
    name: { zh: '台账报送及时性', en: 'Reporting timeliness' },
    kind: 'reporting_timeliness',
    weight: 15,
    cap: null,
    days: 30,
  },
  {
    code: 'confirmation',
    name: { zh: '双向确认及时性', en: 'Confirmation timeliness' },
    kind: 'confirmation_timeliness',
    weight: 5,
    cap: null,
    days: 14,
  },
  {
    code: 'quality',
    name: { zh: '数据质量（无争议）', en: 'Data quality (undisputed)' },
    kind: 'dispute_share',
    weight: 10,
    cap: null,
    days: null,
  },
  {
    code: 'supervision',
    name: { zh: '督办事项按期反馈', en: 'Supervision answered on time' },
    kind: 'supervision_on_time',
    weight: 10,
    cap: null,
    days: null,
  },
  {
    code: 'bonus',
    name: { zh: '加分项（创新亮点、上级表扬）', en: 'Bonus (innovation, commendation)' },
    kind: 'bonus',
    weight: 5,
    cap: 5,
    days: null,
  },
  {
    code: 'deduction',
    name: { zh: '扣分项（通报批评、数据不实）', en: 'Deduction (censure, false data)' },
    kind: 'deduction',
    weight: 10,
    cap: 10,
    days: null,
  },
];
