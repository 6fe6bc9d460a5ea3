import type { MessageKey, Translate } from '../../../app/i18n';

const LABELS: Readonly<Record<string, MessageKey>> = {
  'auth.login': 'audit.action.auth.login',
  'auth.logout': 'audit.action.auth.logout',
  'auth.lockout': 'audit.action.auth.lockout',
  'auth.password_change': 'audit.action.auth.password_change',
  'user.create': 'audit.action.user.create',
  'user.update': 'audit.action.user.update',
  'user.roles_change': 'audit.action.user.roles_change',
  'user.unlock': 'audit.action.user.unlock',
  'user.password_reset': 'audit.action.user.password_reset',
  'system.seed': 'audit.action.system.seed',
  'record.create': 'audit.action.record.create',
  'record.update': 'audit.action.record.update',
  'record.submit': 'audit.action.record.submit',
  'record.review': 'audit.action.record.review',
  'record.return': 'audit.action.record.return',
  'record.withdraw': 'audit.action.record.withdraw',
  'record.confirm': 'audit.action.record.confirm',
  'record.dispute': 'audit.action.record.dispute',
  'supervision.create': 'audit.action.supervision.create',
  'supervision.respond': 'audit.action.supervision.respond',
  'supervision.accept': 'audit.action.supervision.accept',
  'supervision.return': 'audit.action.supervision.return',
  'settings.working_date': 'audit.action.settings.working_date',
  'messages.prefs': 'audit.action.messages.prefs',
  'messages.retry': 'audit.action.messages.retry',
  'account.sign_in': 'audit.action.account.sign_in',
};

/** A readable name for an action code; codes the server adds later show as they are. */
export function actionLabel(action: string, t: Translate): string {
  const key = LABELS[action];
  return key ? t(key) : action;
}
