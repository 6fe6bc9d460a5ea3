import { describe, expect, it } from 'vitest';
import type { AssessmentItem } from '@xiezuo/domain';
import {
  isSchemeDirty,
  newRow,
  problemAt,
  rowsFromScheme,
  schemeBodyFrom,
  schemeProblems,
  weightSummary,
  withKind,
} from './scheme-form';

const ITEMS: AssessmentItem[] = [
  {
    code: 'completion',
    name: { zh: '目标任务完成度', en: 'Target completion' },
    kind: 'indicator_completion',
    weight: 60,
    cap: null,
    days: null,
  },
  {
    code: 'reporting',
    name: { zh: '台账报送及时性', en: 'Reporting timeliness' },
    kind: 'reporting_timeliness',
    weight: 40,
    cap: null,
    days: 30,
  },
  { code: 'bonus', name: { zh: '加分项', en: 'Bonus' }, kind: 'bonus', weight: 5, cap: 3, days: null },
  { code: 'deduction', name: { zh: '扣分项', en: 'Deduction' }, kind: 'deduction', weight: 10, cap: null, days: null },
];

describe('scheme editor', () => {
  it('round-trips a scheme and finds nothing wrong with a valid one', () => {
    const rows = rowsFromScheme(ITEMS);
    expect(schemeProblems(rows)).toEqual([]);
    expect(schemeBodyFrom(rows, 3)).toEqual({ version: 3, items: ITEMS });
    expect(isSchemeDirty(rows, ITEMS)).toBe(false);
  });

  it('requires the scored weights to add up to 100, bonus and deduction items aside', () => {
    const rows = rowsFromScheme(ITEMS).map((r) => (r.code === 'completion' ? { ...r, weight: 55 } : r));
    expect(schemeProblems(rows)).toEqual([{ row: null, field: 'items', code: 'weightSum', sum: 95 }]);
    expect(weightSummary(rows)).toEqual({ scored: 95, missing: 5, bonusMax: 3, deductionMax: 10 });
    expect(isSchemeDirty(rows, ITEMS)).toBe(true);
  });

  it('says which field of which row is wrong: code format and uniqueness, names, ranges, windows', () => {
    const rows = rowsFromScheme(ITEMS);
    rows[0] = { ...rows[0]!, code: 'Completion', nameZh: ' ' };
    rows[1] = { ...rows[1]!, code: 'bonus', weight: null, days: 0 };
    rows[2] = { ...rows[2]!, cap: 120 };
    const problems = schemeProblems(rows);
    expect(problemAt(problems, 0, 'code')?.code).toBe('codeFormat');
    expect(problemAt(problems, 0, 'nameZh')?.code).toBe('required');
    // the first holder of a code keeps it; the later one is told it is taken
    expect(problemAt(problems, 1, 'code')).toBeUndefined();
    expect(problemAt(problems, 2, 'code')?.code).toBe('codeTaken');
    expect(problemAt(problems, 1, 'weight')?.code).toBe('required');
    expect(problemAt(problems, 1, 'days')?.code).toBe('daysRange');
    expect(problemAt(problems, 2, 'cap')?.code).toBe('capRange');
    expect(schemeProblems([])).toEqual([{ row: null, field: 'items', code: 'empty' }]);
  });

  it('adds items with a free code and the kind’s default window, and drops the window of other kinds', () => {
    const rows = rowsFromScheme(ITEMS);
    const added = newRow('bonus', rows, 1);
    expect(added).toMatchObject({ code: 'bonus_2', nameZh: '加分', kind: 'bonus', weight: 0, days: null });
    expect(newRow('confirmation_timeliness', rows, 2)).toMatchObject({ code: 'confirmation_timeliness', days: 14 });
    expect(withKind(rows[1]!, 'pace').days).toBeNull();
    expect(withKind(rows[0]!, 'confirmation_timeliness').days).toBe(14);
    // an empty English name falls back to the Chinese one; days only travel on timeliness items
    const body = schemeBodyFrom([{ ...rows[0]!, nameEn: '', days: 9 }], 1);
    expect(body.items[0]).toMatchObject({ name: { zh: '目标任务完成度', en: '目标任务完成度' }, days: null });
  });
});
