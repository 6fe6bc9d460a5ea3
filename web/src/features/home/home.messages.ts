import type { Message } from '../../app/message';

/** Home page wording. */
export const HOME_MESSAGES = {
  'home.greeting': { zh: '您好，{name}', en: 'Hello, {name}' },
  'home.account': { zh: '我的账户', en: 'My account' },
  'home.username': { zh: '用户名', en: 'Username' },
  'home.displayName': { zh: '名称', en: 'Name' },
  'home.tenant': { zh: '所属东部地区', en: 'Eastern district' },
  'home.roles': { zh: '角色与范围', en: 'Roles and scopes' },
  'home.noRoles': { zh: '尚未分配角色，请联系安全管理员', en: 'No role yet; ask the security admin' },
  'home.shortcuts': { zh: '我可以使用的功能', en: 'What I can open' },
  'home.noShortcuts': { zh: '当前角色暂无可用功能模块', en: 'Your roles open no module yet' },
  'home.orgTitle': { zh: '组织概况', en: 'Organisation at a glance' },
  'home.orgTitleYear': { zh: '组织概况（{year} 年度）', en: 'Organisation at a glance ({year})' },
  'home.memberUnits': { zh: '成员单位', en: 'Member units' },
  'home.workingGroups': { zh: '专项工作组', en: 'Working groups' },
  'home.counties': { zh: '受援县（本人范围内）', en: 'Assisted counties in my scope' },
  'home.villages': { zh: '行政村（社区）', en: 'Villages (communities)' },
  'home.county': { zh: '受援县', en: 'County' },
  'home.townships': { zh: '乡镇', en: 'Townships' },
  'home.villageCount': { zh: '村（社区）', en: 'Villages' },
  'home.leadership': { zh: '领导小组：{name}', en: 'Leadership group: {name}' },
  'home.noCounties': { zh: '您的范围内没有受援县', en: 'No assisted county in your scope' },
  'home.viewOrg': { zh: '查看组织架构', en: 'Open the organisation view' },
} satisfies Record<string, Message>;
