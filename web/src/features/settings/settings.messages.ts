import type { Message } from '../../app/message';

/** Tenant settings wording (工作日期). */
export const SETTINGS_MESSAGES = {
  'settings.workingDate': { zh: '数据截至 {date}', en: 'As of {date}' },
  'settings.workingDate.title': { zh: '工作日期（数据截至）', en: 'Working date (data as of)' },
  'settings.workingDate.hint': {
    zh: '看板、预警、督办期限、工作台和报告都以这一天为“今天”。',
    en: 'Dashboards, warnings, due dates, the workbench and reports take this day as "today".',
  },
  'settings.workingDate.today': { zh: '跟随今天', en: 'Follow today' },
  'settings.workingDate.save': { zh: '保存', en: 'Save' },
  'settings.workingDate.saved': { zh: '工作日期已改为 {date}', en: 'The working date is now {date}' },
} satisfies Record<string, Message>;
