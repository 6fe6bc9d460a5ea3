import type { MessageKey, Translate } from '../../../app/i18n';
import { AUDIT_MESSAGES } from '../audit.messages';

const OBJECTS: Readonly<Record<string, MessageKey>> = {
  user: 'audit.object.user',
  unit: 'audit.object.unit',
  record: 'audit.object.record',
  plan: 'audit.object.plan',
  indicator: 'audit.object.indicator',
  pairing: 'audit.object.pairing',
  agreement: 'audit.object.agreement',
  supervision_order: 'audit.object.supervision_order',
  report: 'audit.object.report',
  report_template: 'audit.object.report_template',
  task: 'audit.object.task',
  document: 'audit.object.document',
  group: 'audit.object.group',
  tenant: 'audit.object.tenant',
  import: 'audit.object.import',
  person: 'audit.object.person',
  period: 'audit.object.period',
  org: 'audit.object.org',
  cohort: 'audit.object.cohort',
  telemed_request: 'audit.object.telemed_request',
  warning_settings: 'audit.object.warning_settings',
  assessment_scheme: 'audit.object.assessment_scheme',
  assessment_adjustment: 'audit.object.assessment_adjustment',
  assessment_appeal: 'audit.object.assessment_appeal',
  message_delivery: 'audit.object.message_delivery',
  external_account: 'audit.object.external_account',
  phone: 'audit.object.phone',
  supplier: 'audit.object.supplier',
  product: 'audit.object.product',
  certificate: 'audit.object.certificate',
  pledge: 'audit.object.pledge',
  purchase: 'audit.object.purchase',
  need: 'audit.object.need',
  claim: 'audit.object.claim',
  receipt: 'audit.object.receipt',
  transfer: 'audit.object.transfer',
  charity_need: 'audit.object.charity_need',
  charity_claim: 'audit.object.charity_claim',
  charity_receipt: 'audit.object.charity_receipt',
  charity_transfer: 'audit.object.charity_transfer',
};

/** A readable name for an action code; codes the server adds later show as they are. */
export function actionLabel(action: string, t: Translate): string {
  // every action's label is the catalogue's audit.action.<code>: one place to add a module's actions
  const key = `audit.action.${action}`;
  return key in AUDIT_MESSAGES ? t(key as MessageKey) : action;
}

/** A readable name for an object type (用户, 台账记录); unknown types show as they are. */
export function objectTypeLabel(type: string, t: Translate): string {
  const key = OBJECTS[type];
  return key ? t(key) : type;
}
