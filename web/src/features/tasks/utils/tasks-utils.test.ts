import { describe, expect, it } from 'vitest';
import type { TaskDto } from '@xiezuo/domain';
import { parseTaskFilters, toTaskQuery } from './task-filters';
import { byGroup, timelineBars, yearShare } from './timeline';

const task = (over: Partial<TaskDto>): TaskDto =>
  ({
    id: 't',
    clauseNo: '3.1.1',
    text: '选派干部',
    leadUnit: { id: 'u', name: '区委组织部' },
    group: { code: 'talent', name: '人才支援专项工作组' },
    status: 'under_way',
    percent: 50,
    startOn: '2019-03-22',
    dueDate: '2019-12-31',
    ...over,
  }) as TaskDto;

describe('task list filters in the URL', () => {
  it('shows the division of the given year by default and drops malformed values', () => {
    const f = parseTaskFilters(new URLSearchParams('year=2019&status=late&unit=x&group=talent&page=0'), 2020);
    expect(f).toMatchObject({ year: 2019, status: null, unit: null, group: 'talent', kind: 'task_division', page: 1 });
    expect(toTaskQuery(f)).toEqual({ year: 2019, group: 'talent', kind: 'task_division', page: 1, pageSize: 50 });
  });
  it('shows every source when asked, or one document', () => {
    expect(parseTaskFilters(new URLSearchParams('kind=all'), 2019).kind).toBeNull();
    const doc = '0f2a6b1c-8d2e-4f3a-9b1c-2d3e4f5a6b7c';
    expect(parseTaskFilters(new URLSearchParams(`document=${doc}`), 2019)).toMatchObject({ kind: null, document: doc });
    expect(parseTaskFilters(new URLSearchParams('year=1999'), 2019).year).toBe(2019);
  });
});

describe('the timeline', () => {
  it('places a bar from the task’s start to its due date, filled to its progress', () => {
    expect(yearShare('2019-01-01', 2019)).toBe(0);
    const [bar] = timelineBars([task({})], 2019);
    expect(bar!.left).toBeCloseTo(80 / 365, 5);
    expect(bar!.left + bar!.width).toBeCloseTo(1, 5);
    expect(bar!.fill).toBe(0.5);
  });
  it('keeps a task due the day it starts visible, and one starting late inside the year', () => {
    const [short] = timelineBars([task({ startOn: '2019-12-30', dueDate: '2019-12-30' })], 2019);
    expect(short!.width).toBeGreaterThanOrEqual(7 / 365);
    expect(short!.left + short!.width).toBeLessThanOrEqual(1 + 1e-9);
  });
  it('groups tasks by working group, those without one last', () => {
    const groups = byGroup([task({ id: 'a', group: null }), task({ id: 'b' }), task({ id: 'c' })]);
    expect(groups.map((g) => [g.code, g.tasks.map((t) => t.id)])).toEqual([
      ['talent', ['b', 'c']],
      [null, ['a']],
    ]);
  });
});
