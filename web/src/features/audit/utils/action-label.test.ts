import { describe, expect, it } from 'vitest';
import { translate } from '../../../app/i18n';
import { actionLabel, objectTypeLabel } from './action-label';

const t = ((key: Parameters<typeof translate>[0]) => translate(key, undefined, 'zh')) as Parameters<
  typeof actionLabel
>[1];

// every action and object type the server writes today (grep `action: '` / `objectType: '` in server/src)
const SERVER_ACTIONS = [
  'report.generate',
  'report.template.update',
  'plan.publish',
  'indicator.update',
  'record.produce',
  'record.import',
  'pairing.create',
  'assessment.freeze',
  'person.reveal',
  'warning_settings.update',
];

describe('audit labels', () => {
  it('names every action the server writes in Chinese, never as its code', () => {
    for (const a of SERVER_ACTIONS) expect(actionLabel(a, t), a).not.toBe(a);
    expect(actionLabel('report.generate', t)).toBe('生成报告');
    expect(actionLabel('record.confirm', t)).toBe('确认台账记录');
  });
  it('names object types', () => {
    expect(objectTypeLabel('user', t)).toBe('用户');
    expect(objectTypeLabel('supervision_order', t)).toBe('督办单');
    expect(objectTypeLabel('something_new', t)).toBe('something_new');
  });
});
