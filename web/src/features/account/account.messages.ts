import type { Message } from '../../app/message';

/** Wording for people outside government: phone sign-in and their account page. */
export const ACCOUNT_MESSAGES = {
  'account.login.title': { zh: '手机验证码登录', en: 'Sign in with your phone' },
  'account.login.subtitle': {
    zh: '求职者、用工企业、捐赠方、供应商、医生等外部用户',
    en: 'For workers, employers, donors, suppliers and doctors',
  },
  'account.login.phone': { zh: '手机号', en: 'Mobile number' },
  'account.login.phoneRequired': { zh: '请输入手机号', en: 'Enter your mobile number' },
  'account.login.code': { zh: '验证码', en: 'Code' },
  'account.login.codeRequired': { zh: '请输入 6 位验证码', en: 'Enter the 6-digit code' },
  'account.login.send': { zh: '获取验证码', en: 'Send code' },
  'account.login.resend': { zh: '{s} 秒后可重发', en: 'Resend in {s} s' },
  'account.login.sent': { zh: '验证码已发送，5 分钟内有效', en: 'Code sent; valid for 5 minutes' },
  'account.login.submit': { zh: '登录', en: 'Sign in' },
  'account.login.triesLeft': { zh: '验证码错误，还可再试 {n} 次', en: 'Wrong code; {n} tries left' },
  'account.login.retryAfter': { zh: '请求过于频繁，请 {s} 秒后再试', en: 'Too many requests; try again in {s} s' },
  'account.login.staff': { zh: '工作人员请用账号密码登录', en: 'Staff: sign in with username and password' },
  'account.login.external': {
    zh: '外部用户（求职者、企业、捐赠方等）手机验证码登录',
    en: 'Not staff? Sign in with your phone',
  },
  'account.home.title': { zh: '我的账户', en: 'My account' },
  'account.home.phone': { zh: '手机号', en: 'Phone' },
  'account.home.name': { zh: '名称', en: 'Name' },
  'account.home.roles': { zh: '身份', en: 'Roles' },
  'account.home.noRoles': {
    zh: '尚未登记身份；用工企业、捐赠方、供应商等登记后即可使用相应功能',
    en: 'No role yet; employers, donors and suppliers get theirs when they register',
  },
  'account.home.subject': { zh: '关联对象', en: 'Belongs to' },
  'account.home.unbound': { zh: '未关联', en: 'Not linked' },
  'account.home.welcome': { zh: '欢迎，首次登录已为您创建账户', en: 'Welcome; your account was created' },
  'account.signOut': { zh: '退出登录', en: 'Sign out' },
  'account.subject.person': { zh: '人员', en: 'Person' },
  'account.subject.enterprise': { zh: '企业', en: 'Enterprise' },
  'account.subject.organisation': { zh: '社会组织', en: 'Organisation' },
  'account.subject.supplier': { zh: '供应商', en: 'Supplier' },
  'account.subject.hospital': { zh: '医院', en: 'Hospital' },
} satisfies Record<string, Message>;
