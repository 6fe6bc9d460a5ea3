import type { Message } from '../../app/message';

export const REPORTS_MESSAGES = {
  'nav.reports': { zh: '报告', en: 'Reports' },
  'reports.title': { zh: '报告', en: 'Reports' },
  'reports.subtitle': {
    zh: '由已确认的台账数据生成，数字可追溯到记录',
    en: 'Written from confirmed ledger records; every number traces back to them',
  },
  'reports.year': { zh: '年度', en: 'Year' },
  'reports.scope': { zh: '范围', en: 'Scope' },
  'reports.scope.district': { zh: '全区', en: 'District' },
  'reports.noScope': {
    zh: '您的账号没有可生成报告的范围，请联系区合作交流办',
    en: 'Your account has no scope to report on; please contact the district office',
  },
  'reports.summary': { zh: '年度工作总结', en: 'Year-end work summary' },
  'reports.summaryHint': {
    zh: '按讲话稿“一、”部分的结构：组织领导、人才支援、资金支持、产业合作、劳务协作、结对帮扶、宣传、亮点',
    en: 'In the structure of the speech’s section 一: leadership, talent, funds, industry, labour, pairings, publicity, highlights',
  },
  'reports.planVsActual': { zh: '计划执行对照表', en: 'Plan vs actual' },
  'reports.planVsActualHint': {
    zh: '每项指标的目标、完成值、完成率和状态，分县列示',
    en: 'Every indicator’s target, value, completion and status, per county',
  },
  'reports.preview': { zh: '在线预览', en: 'Preview' },
  'reports.template.title': { zh: '工作总结模板', en: 'Summary template' },
  'reports.template.hint': {
    zh: '标题和句子是数据：{指标代码} 处填入该指标的数值，数值为 0 的句子自动略去。先预览，再保存。',
    en: 'Headings and sentences are data: {indicator code} is filled with its value; sentences whose values are 0 drop out. Preview, then save.',
  },
  'reports.template.heading': { zh: '标题', en: 'Heading' },
  'reports.template.saved': { zh: '模板已保存', en: 'Template saved' },
  'reports.template.unknown': { zh: '未知的占位符', en: 'Unknown placeholders' },
} satisfies Record<string, Message>;
