import type { Message } from '../../app/message';

/** Workbench wording: one label per kind of thing that awaits someone. */
export const WORKBENCH_MESSAGES = {
  'workbench.title': { zh: '工作台', en: 'Workbench' },
  'workbench.greeting': { zh: '您好，{name}', en: 'Hello, {name}' },
  'workbench.asOf': { zh: '数据截至 {date}', en: 'As of {date}' },
  'workbench.awaiting': { zh: '待我处理', en: 'Awaiting me' },
  'workbench.nothing': { zh: '目前没有待您处理的事项', en: 'Nothing awaits you now' },
  'workbench.dueSoon': { zh: '{n} 项 3 天内到期', en: '{n} due within 3 days' },
  'workbench.overdue': { zh: '{n} 项已逾期', en: '{n} overdue' },
  'workbench.recent': { zh: '我最近的操作', en: 'My recent activity' },
  'workbench.noRecent': { zh: '暂无操作记录', en: 'Nothing yet' },
  'workbench.messages': { zh: '最新消息', en: 'Latest messages' },
  'workbench.kind.records.confirm': { zh: '待我确认的台账', en: 'Records to confirm' },
  'workbench.kind.records.review': { zh: '待专项组审核', en: 'Records to review' },
  'workbench.kind.records.disputed': { zh: '被提出异议待处理', en: 'Disputes to answer' },
  'workbench.kind.supervision.respond': { zh: '待反馈的督办单', en: 'Orders to answer' },
  'workbench.kind.supervision.close': { zh: '待办结的督办单', en: 'Orders to close' },
  'workbench.kind.unlock.decide': { zh: '待审批的解锁申请', en: 'Unlock requests' },
  'workbench.kind.warnings': { zh: '预警', en: 'Warnings' },
  'workbench.kind.imports.stopped': { zh: '中断的导入', en: 'Imports that stopped' },
  'workbench.kind.admin.users_locked': { zh: '已锁定的账户', en: 'Locked accounts' },
  'workbench.kind.admin.failed_signins': { zh: '24 小时内登录失败', en: 'Failed sign-ins (24 h)' },
  'workbench.kind.admin.audit_chain': { zh: '审计日志哈希链', en: 'Audit chain' },
  'workbench.kind.admin.dead_letters': { zh: '发送失败的消息', en: 'Undelivered messages' },
  'workbench.chainOk': { zh: '完整', en: 'Intact' },
  'workbench.chainBroken': { zh: '发现断裂', en: 'Broken' },
} satisfies Record<string, Message>;
