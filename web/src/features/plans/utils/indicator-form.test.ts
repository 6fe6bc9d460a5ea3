import { describe, expect, it } from 'vitest';
import { seedCatalog, WAN } from '@xiezuo/domain';
import { formFromIndicator, inputFromForm, linearMilestones, pacingFromForm, targetFromForm } from './indicator-form';

const COUNTIES = ['621022', '621021', '623027'];

describe('indicator form ↔ body', () => {
  it('shows money targets in 万元 and stores them in fen; every catalog indicator survives the round trip', () => {
    for (const d of seedCatalog(2019)) {
      const form = formFromIndicator(d, COUNTIES);
      if (d.code === 'consumption.amount') expect(form.target.overall).toBe(5000);
      const back = inputFromForm(form, d.rule);
      expect(back.target, d.code).toEqual(d.target);
      expect({ ...back, target: undefined }, d.code).toEqual({
        ...d,
        target: undefined,
        evidenceRequired: d.evidenceRequired || undefined,
      });
    }
  });

  it('keeps only the county targets that were given, rounding 万元 to whole fen', () => {
    expect(
      targetFromForm(
        { kind: 'min', overall: 212.53, perCounty: null, counties: { '621022': 2, '621021': null } },
        'money',
      ),
    ).toEqual({ kind: 'min', overall: 212.53 * WAN, perCounty: null, counties: { '621022': 2 * WAN } });
  });

  it('leaves linear pacing out and turns monthly percentages into shares', () => {
    expect(pacingFromForm({ kind: 'linear', milestones: linearMilestones() })).toBeUndefined();
    const monthly = pacingFromForm({ kind: 'monthly', milestones: [0, 0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100] });
    expect(monthly).toEqual({ kind: 'monthly', cumulative: [0, 0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1] });
    expect(linearMilestones()[11]).toBe(100);
  });

  it('fills English names from Chinese ones when left empty', () => {
    const form = {
      ...formFromIndicator(null, COUNTIES),
      code: ' labour.x ',
      nameZh: '招聘会',
      unitZh: '场',
      category: 'labour' as const,
      group: 'labour',
    };
    expect(inputFromForm(form, { agg: 'count', types: ['job_fair'], filters: [] })).toMatchObject({
      code: 'labour.x',
      name: { zh: '招聘会', en: '招聘会' },
      unit: { en: '场' },
    });
  });
});
