import type { Message } from '../../app/message';

/** System configuration wording. */
export const SYSTEM_MESSAGES = {
  'system.title': { zh: '系统配置', en: 'System configuration' },
  'system.subtitle': {
    zh: '当前生效的配置（只读，不含任何密钥）',
    en: 'The configuration in force (read-only, no secrets)',
  },
  'system.general': { zh: '运行环境', en: 'Runtime' },
  'system.version': { zh: '版本', en: 'Version' },
  'system.database': { zh: '数据库', en: 'Database' },
  'system.db.embedded': { zh: '内置 PostgreSQL', en: 'Embedded PostgreSQL' },
  'system.db.external': { zh: '外部 PostgreSQL', en: 'External PostgreSQL' },
  'system.demo': { zh: '演示模式', en: 'Demo mode' },
  'system.cookieSecure': { zh: 'Cookie 仅限 HTTPS', en: 'Cookies HTTPS-only' },
  'system.session': { zh: '会话', en: 'Sessions' },
  'system.idle': { zh: '空闲超时', en: 'Idle timeout' },
  'system.absolute': { zh: '最长有效期', en: 'Absolute lifetime' },
  'system.minutes': { zh: '{n} 分钟', en: '{n} min' },
  'system.hours': { zh: '{n} 小时', en: '{n} h' },
  'system.lockout': { zh: '登录锁定', en: 'Sign-in lockout' },
  'system.threshold': { zh: '连续失败次数', en: 'Failures before lockout' },
  'system.lockMinutes': { zh: '锁定时长', en: 'Lockout duration' },
  'system.rate': { zh: '登录频率上限', en: 'Sign-in rate limit' },
  'system.perMinute': { zh: '每分钟 {n} 次', en: '{n} per minute' },
  'system.policy': { zh: '密码策略', en: 'Password policy' },
  'system.minLength': { zh: '最小长度', en: 'Minimum length' },
  'system.minClasses': { zh: '最少字符类别', en: 'Minimum character classes' },
  'system.history': { zh: '不得重复最近密码数', en: 'Recent passwords not reusable' },
  'system.chars': { zh: '{n} 位', en: '{n} characters' },
  'system.classes': { zh: '{n} 类（共 4 类）', en: '{n} of 4' },
} satisfies Record<string, Message>;
