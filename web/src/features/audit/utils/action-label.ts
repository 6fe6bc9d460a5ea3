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
};

/** A readable name for an action code; codes the server adds later show as they are. */
export function actionLabel(action: string, t: Translate): string {
  const key = LABELS[action];
  return key ? t(key) : action;
}
