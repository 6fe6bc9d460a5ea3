import { describe, expect, it } from 'vitest';
import { parseAsOf, parseMonths } from './dormant-params';

describe('dormant URL parameters', () => {
  it('keeps months the API accepts, else leaves the default to the server', () => {
    expect(parseMonths('6')).toBe(6);
    expect(parseMonths('0')).toBeNull();
    expect(parseMonths('61')).toBeNull();
    expect(parseMonths(null)).toBeNull();
  });
  it('keeps real calendar days only', () => {
    expect(parseAsOf('2019-12-31')).toBe('2019-12-31');
    expect(parseAsOf('2019-02-30')).toBeNull();
    expect(parseAsOf('2019-2-3')).toBeNull();
  });
});
