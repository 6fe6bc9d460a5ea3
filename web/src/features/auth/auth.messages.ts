import type { Message } from '../../app/message';

/** Sign-in and password wording. */
export const AUTH_MESSAGES = {
  'auth.signOut': { zh: '退出登录', en: 'Sign out' },
  'auth.login.username': { zh: '用户名', en: 'Username' },
  'auth.login.password': { zh: '密码', en: 'Password' },
  'auth.login.usernameRequired': { zh: '请输入用户名', en: 'Enter your username' },
  'auth.login.passwordRequired': { zh: '请输入密码', en: 'Enter your password' },
  'auth.login.submit': { zh: '登录', en: 'Sign in' },
  'auth.login.expired': { zh: '登录已过期，请重新登录', en: 'Your session has expired; please sign in again' },
  'auth.login.signedOut': { zh: '已退出登录', en: 'You have signed out' },
  'auth.login.lockedUntil': {
    zh: '登录失败次数过多，账户已锁定，将于 {time} 自动解锁；也可联系安全管理员解锁。',
    en: 'Too many failed sign-ins: the account is locked until {time}, or ask the security admin to unlock it.',
  },
  'auth.login.rateLimited': { zh: '尝试过于频繁，请 {s} 秒后再试', en: 'Too many attempts; try again in {s} s' },
  'auth.login.footer': {
    zh: '仅限授权人员使用，所有操作均记入审计日志',
    en: 'For authorised users only; every action is recorded in the audit log',
  },
  'auth.pw.title': { zh: '修改密码', en: 'Change password' },
  'auth.pw.current': { zh: '当前密码', en: 'Current password' },
  'auth.pw.new': { zh: '新密码', en: 'New password' },
  'auth.pw.confirm': { zh: '确认新密码', en: 'Confirm new password' },
  'auth.pw.currentRequired': { zh: '请输入当前密码', en: 'Enter your current password' },
  'auth.pw.newRequired': { zh: '请输入新密码', en: 'Enter a new password' },
  'auth.pw.confirmRequired': { zh: '请再次输入新密码', en: 'Enter the new password again' },
  'auth.pw.mismatch': { zh: '两次输入的新密码不一致', en: 'The two new passwords differ' },
  'auth.pw.currentWrong': { zh: '当前密码不正确', en: 'The current password is wrong' },
  'auth.pw.hint': {
    zh: '需符合密码策略：足够长度，混合大小写字母、数字、符号，且不含用户名。',
    en: 'Must meet the policy: long enough, mixing upper and lower case, digits and symbols, without your username.',
  },
  'auth.pw.submit': { zh: '修改密码', en: 'Change password' },
  'auth.pw.changed': {
    zh: '密码已修改；其他设备上的登录已退出',
    en: 'Password changed; sessions on other devices were signed out',
  },
  'auth.pw.tooShort': { zh: '密码长度至少 {n} 位。', en: 'Use at least {n} characters.' },
  'auth.pw.tooFewClasses': {
    zh: '至少包含小写字母、大写字母、数字、符号中的 {n} 类。',
    en: 'Mix at least {n} of: lower-case letters, upper-case letters, digits, symbols.',
  },
  'auth.pw.containsUsername': { zh: '密码不能包含用户名。', en: 'Do not include your username.' },
  'auth.pw.reused': {
    zh: '新密码不能与最近 {n} 次使用过的密码相同。',
    en: 'Choose a password you have not used in your last {n} changes.',
  },
  'auth.forced.title': { zh: '请先修改初始密码', en: 'Change your initial password' },
  'auth.forced.body': {
    zh: '{name}（{username}）：您正在使用管理员发放的初始密码，修改后才能继续使用平台。',
    en: '{name} ({username}): you are using an initial password issued by an administrator. Change it to continue.',
  },
} satisfies Record<string, Message>;
