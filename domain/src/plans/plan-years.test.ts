import { describe, expect, it } from 'vitest';
import { selectableYears } from './plans.contracts';

describe('selectable years', () => {
  it('run from 2016 to next year, newest first', () => {
    expect(selectableYears(new Date('2019-06-01'))).toEqual([2020, 2019, 2018, 2017, 2016]);
  });
});
