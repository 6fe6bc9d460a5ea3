import { useCallback, useSyncExternalStore } from 'react';
import type { Lang } from '@xiezuo/domain';
import { getLang, setLang, subscribeLang } from './lang-store';
import { COMMON_MESSAGES } from './common.messages';
import { AUTH_MESSAGES } from '../features/auth/auth.messages';
import { HOME_MESSAGES } from '../features/home/home.messages';
import { ORG_MESSAGES } from '../features/org/org.messages';
import { AUDIT_MESSAGES } from '../features/audit/audit.messages';
import { USERS_MESSAGES } from '../features/users/users.messages';
import { SYSTEM_MESSAGES } from '../features/system/system.messages';
import { LEDGER_MESSAGES } from '../features/ledger/ledger.messages';
import { PAIRINGS_MESSAGES } from '../features/pairings/pairings.messages';
import { ORG_ADMIN_MESSAGES } from '../features/org-admin/org-admin.messages';
import { DASHBOARD_MESSAGES } from '../features/progress/dashboard.messages';
import { DASHBOARD_DRILL_MESSAGES } from '../features/progress/dashboard-drill.messages';
import { DASHBOARD_FUNDS_MESSAGES } from '../features/progress/dashboard-funds.messages';
import { OVERSIGHT_MESSAGES } from '../features/oversight/oversight.messages';
import { ASSESSMENT_MESSAGES } from '../features/oversight/assessment.messages';
import { REPORTS_MESSAGES } from '../features/reports/reports.messages';
import { PLANS_MESSAGES } from '../features/plans/plans.messages';
import { FUNDS_MESSAGES } from '../features/funds/funds.messages';
import { FUNDS_ACTION_MESSAGES } from '../features/funds/funds-actions.messages';
import type { Message } from './message';
import { MESSAGES_MESSAGES } from '../features/messages/messages.messages';
import { WORKBENCH_MESSAGES } from '../features/workbench/workbench.messages';
import { SETTINGS_MESSAGES } from '../features/settings/settings.messages';
import { ACCOUNT_MESSAGES } from '../features/account/account.messages';
import { TASKS_MESSAGES } from '../features/tasks/tasks.messages';
import { TELEMEDICINE_MESSAGES } from '../features/telemedicine/telemedicine.messages';
import { COHORTS_MESSAGES } from '../features/cohorts/cohorts.messages';
import { CONSUMPTION_MESSAGES } from '../features/consumption/consumption.messages';
import { CHARITY_MESSAGES } from '../features/charity/charity.messages';
import { LABOUR_MESSAGES } from '../features/labour/labour.messages';

export type { Message } from './message';

const MESSAGES = {
  ...COMMON_MESSAGES,
  ...AUTH_MESSAGES,
  ...HOME_MESSAGES,
  ...ORG_MESSAGES,
  ...AUDIT_MESSAGES,
  ...USERS_MESSAGES,
  ...SYSTEM_MESSAGES,
  ...LEDGER_MESSAGES,
  ...PAIRINGS_MESSAGES,
  ...CONSUMPTION_MESSAGES,
  ...ORG_ADMIN_MESSAGES,
  ...DASHBOARD_MESSAGES,
  ...DASHBOARD_DRILL_MESSAGES,
  ...DASHBOARD_FUNDS_MESSAGES,
  ...OVERSIGHT_MESSAGES,
  ...ASSESSMENT_MESSAGES,
  ...REPORTS_MESSAGES,
  ...PLANS_MESSAGES,
  ...FUNDS_MESSAGES,
  ...FUNDS_ACTION_MESSAGES,
  ...MESSAGES_MESSAGES,
  ...WORKBENCH_MESSAGES,
  ...SETTINGS_MESSAGES,
  ...ACCOUNT_MESSAGES,
  ...TASKS_MESSAGES,
  ...TELEMEDICINE_MESSAGES,
  ...COHORTS_MESSAGES,
  ...CHARITY_MESSAGES,
  ...LABOUR_MESSAGES,
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof MESSAGES;
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** Fills `{name}` placeholders. */
export function format(text: string, params?: MessageParams): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

/** Translates outside React (e.g. in the global error handler). */
export function translate(key: MessageKey, params?: MessageParams, lang: Lang = getLang()): string {
  return format(MESSAGES[key][lang], params);
}

/** Picks the zh or en half of a `{ zh, en }` label (role labels, error messages). */
export function pick(label: Message, lang: Lang): string {
  return label[lang];
}

/** The current language and a setter; re-renders on change. */
export function useLang(): [Lang, (lang: Lang) => void] {
  const lang = useSyncExternalStore(subscribeLang, getLang);
  return [lang, setLang];
}

/** `t(key, params)` in the current language, plus the language itself. */
export function useT(): { t: Translate; lang: Lang } {
  const [lang] = useLang();
  const t = useCallback<Translate>((key, params) => format(MESSAGES[key][lang], params), [lang]);
  return { t, lang };
}
