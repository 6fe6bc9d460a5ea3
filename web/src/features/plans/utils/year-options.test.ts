import { describe, expect, it } from 'vitest';
import { yearOptions } from './year-options';

describe('year pickers', () => {
  it('offer the years with a plan, newest first, and the year on screen', () => {
    expect(yearOptions([2019, 2018], 2019)).toEqual([2019, 2018]);
    expect(yearOptions([2018, 2019], 2020)).toEqual([2020, 2019, 2018]);
    expect(yearOptions([], 2019)).toEqual([2019]);
  });
});
