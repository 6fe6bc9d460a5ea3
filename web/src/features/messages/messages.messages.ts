import type { Message } from '../../app/message';

/** Message centre wording. */
export const MESSAGES_MESSAGES = {
  'messages.title': { zh: '消息中心', en: 'Messages' },
  'messages.subtitle': { zh: '系统发给您的待办、提醒和通知', en: 'To-dos, reminders and notices sent to you' },
  'messages.bell': { zh: '消息，{n} 条未读', en: 'Messages, {n} unread' },
  'messages.latest': { zh: '最新消息', en: 'Latest messages' },
  'messages.all': { zh: '全部消息', en: 'All messages' },
  'messages.unreadOnly': { zh: '仅看未读', en: 'Unread only' },
  'messages.markAllRead': { zh: '全部标为已读', en: 'Mark all read' },
  'messages.markRead': { zh: '标为已读', en: 'Mark read' },
  'messages.empty': { zh: '暂无消息', en: 'No messages' },
  'messages.unread': { zh: '未读', en: 'Unread' },
  'messages.open': { zh: '去处理', en: 'Open' },
  'messages.channels': { zh: '接收方式', en: 'Where messages reach me' },
  'messages.channelsHint': {
    zh: '站内消息始终接收；短信和企业微信按下面的设置发送，每天有条数上限。',
    en: 'In-app messages always arrive; SMS and WeCom follow these settings, with a daily cap.',
  },
  'messages.sms': { zh: '短信', en: 'SMS' },
  'messages.wecom': { zh: '企业微信', en: 'WeCom' },
  'messages.phone': { zh: '接收短信的手机号', en: 'Phone for SMS' },
  'messages.phoneKeep': { zh: '已登记 {phone}；留空则不变', en: '{phone} on file; leave empty to keep it' },
  'messages.wecomId': { zh: '企业微信账号（UserID）', en: 'WeCom user ID' },
  'messages.save': { zh: '保存', en: 'Save' },
  'messages.saved': { zh: '接收方式已保存', en: 'Saved' },
} satisfies Record<string, Message>;
