import { describe, expect, it } from 'vitest';
import { reportDueOn, reportPeriodsDue, taskState, type TaskFacts } from './task-status';

const base: TaskFacts = {
  year: 2019,
  cadence: 'once',
  deadline: '2019-06-30',
  indicatorCodes: [],
  recordTypes: [],
  indicators: [],
  evidenceRecords: 0,
  evidenceFiles: 0,
  lead: null,
  inForce: true,
};
const ind = (status: 'achieved' | 'on_track' | 'behind', completion: number, value = 1) => ({
  status,
  completion,
  value,
});

describe('a task with linked indicators', () => {
  const t = { ...base, indicatorCodes: ['a', 'b'], deadline: '2019-12-31' };
  it('is done only when every indicator is achieved', () => {
    expect(taskState({ ...t, indicators: [ind('achieved', 120), ind('achieved', 100)] }, '2019-09-30')).toMatchObject({
      basis: 'indicators',
      status: 'done',
      percent: 100,
    });
    expect(taskState({ ...t, indicators: [ind('achieved', 120), ind('on_track', 60)] }, '2019-09-30')).toMatchObject({
      status: 'under_way',
      percent: 80,
    });
  });
  it('is not started while no indicator has a value, and overdue after its deadline', () => {
    expect(taskState({ ...t, indicators: [ind('behind', 0, 0)] }, '2019-09-30').status).toBe('not_started');
    expect(taskState({ ...t, deadline: '2019-06-30', indicators: [ind('behind', 40)] }, '2019-07-01').status).toBe(
      'overdue',
    );
    // on its deadline it is not yet late
    expect(taskState({ ...t, deadline: '2019-06-30', indicators: [ind('behind', 40)] }, '2019-06-30').status).toBe(
      'under_way',
    );
  });
  it('ignores the lead unit’s own figure: an indicator decides', () => {
    expect(taskState({ ...t, lead: { percent: 100 }, indicators: [ind('on_track', 50)] }, '2019-09-30').status).toBe(
      'under_way',
    );
  });
});

describe('a task with linked record types', () => {
  const t = { ...base, recordTypes: ['training'] };
  it('is done when the lead unit reports it complete and records of the types exist', () => {
    expect(taskState({ ...t, lead: { percent: 100 }, evidenceRecords: 2 }, '2019-06-01')).toMatchObject({
      basis: 'records',
      status: 'done',
      needsEvidence: false,
    });
    expect(taskState({ ...t, lead: { percent: 100 }, evidenceRecords: 0 }, '2019-06-01')).toMatchObject({
      status: 'under_way',
      percent: 99,
      needsEvidence: true,
    });
  });
  it('is under way as soon as a record exists', () => {
    expect(taskState({ ...t, evidenceRecords: 1 }, '2019-06-01').status).toBe('under_way');
  });
});

describe('a qualitative task', () => {
  it('is done when the lead unit reports 100 % with evidence files', () => {
    expect(taskState({ ...base, lead: { percent: 100 }, evidenceFiles: 1 }, '2019-09-30')).toMatchObject({
      basis: 'reported',
      status: 'done',
    });
    expect(taskState({ ...base, lead: { percent: 100 } }, '2019-06-30')).toMatchObject({
      status: 'under_way',
      needsEvidence: true,
    });
    expect(taskState({ ...base, lead: { percent: 100 } }, '2019-07-01').status).toBe('overdue');
    expect(taskState({ ...base, lead: { percent: 0 } }, '2019-06-01').status).toBe('not_started');
  });
  it('is never overdue while its plan does not bind yet', () => {
    expect(taskState({ ...base, inForce: false, lead: { percent: 40 } }, '2019-07-01').status).toBe('under_way');
  });
  it('recurring work is due at the year’s end', () => {
    expect(taskState({ ...base, cadence: 'monthly', deadline: null, lead: { percent: 60 } }, '2019-12-31').status).toBe(
      'under_way',
    );
    expect(taskState({ ...base, cadence: 'monthly', deadline: null }, '2020-01-01').status).toBe('overdue');
  });
});

describe('monthly reports', () => {
  it('are due on the 5th of the next month', () => {
    expect(reportDueOn('2019-08')).toBe('2019-09-05');
    expect(reportDueOn('2019-12')).toBe('2020-01-05');
  });
  it('run from the first whole month of the task to the last one due', () => {
    const t = { year: 2019, cadence: 'once' as const, startOn: '2019-03-20' };
    expect(reportPeriodsDue(t, '2019-09-30')).toEqual(['2019-04', '2019-05', '2019-06', '2019-07', '2019-08']);
    expect(reportPeriodsDue(t, '2019-09-04')).toEqual(['2019-04', '2019-05', '2019-06', '2019-07']);
    expect(reportPeriodsDue({ ...t, startOn: '2019-01-01' }, '2019-02-05')).toEqual(['2019-01']);
    expect(reportPeriodsDue(t, '2019-04-30')).toEqual([]);
  });
  it('fall on quarters’ ends for quarterly work', () => {
    expect(reportPeriodsDue({ year: 2019, cadence: 'quarterly', startOn: '2019-01-01' }, '2019-10-05')).toEqual([
      '2019-03',
      '2019-06',
      '2019-09',
    ]);
  });
});
