import type { Message } from '../../app/message';

/** The funds page and the big screen. */
export const DASHBOARD_FUNDS_MESSAGES = {
  'funds.title': { zh: '资金使用规则', en: 'Fund portfolio rules' },
  'funds.subtitle': {
    zh: '{year} 年度 · 截至 {asOf} · 按已确认的拨付记录计算',
    en: '{year} · as of {asOf} · from confirmed payment records',
  },
  'funds.none': { zh: '本年度方案中没有资金比例指标', en: 'The plan of this year has no fund-share rule' },
  'funds.rule': { zh: '要求 {target}', en: 'Required: {target}' },
  'funds.parts': { zh: '{num} / {den}', en: '{num} / {den}' },
  'funds.byCounty': { zh: '分县情况', en: 'By county' },
  'funds.payments': {
    zh: '拨付记录（分母），其中计入分子的已标出',
    en: 'Payments (denominator); those in the numerator are marked',
  },
  'funds.inNumerator': { zh: '计入分子', en: 'In numerator' },
  'funds.col.in': { zh: '分子', en: 'Numerator' },
  'funds.aria.gauge': { zh: '{name}：{value}，要求 {target}', en: '{name}: {value}; required {target}' },
  'funds.back': { zh: '返回进度看板', en: 'Back to progress' },
  'screen.title': { zh: '东西部协作 · 年度任务进度', en: 'East–West cooperation · annual progress' },
  'screen.asOf': {
    zh: '{year} 年度 · 截至 {asOf} · 时间进度 {share}',
    en: '{year} · as of {asOf} · {share} of the year elapsed',
  },
  'screen.refreshing': { zh: '每 60 秒自动刷新 · 上次 {time}', en: 'Refreshes every 60 s · last {time}' },
  'screen.fullscreen': { zh: '全屏', en: 'Full screen' },
  'screen.exitFullscreen': { zh: '退出全屏', en: 'Exit full screen' },
  'screen.exit': { zh: '退出大屏', en: 'Leave big screen' },
  'screen.pacing': { zh: '完成进度与时间进度', en: 'Completion against pacing' },
  'screen.watch': { zh: '各项指标（需关注的在前）', en: 'Every indicator, those to watch first' },
} satisfies Record<string, Message>;
