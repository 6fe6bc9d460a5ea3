import { describe, expect, it } from 'vitest';
import {
  parseLedgerFilters,
  periodOptions,
  sortFromTable,
  sortOrderOf,
  toRecordQuery,
  yearOptions,
} from './record-filters';

const UNIT = '3f1c2a9e-1b2c-4d5e-8f90-a1b2c3d4e5f6';
const now = new Date('2026-11-28T00:00:00Z');
const parse = (qs: string) => parseLedgerFilters(new URLSearchParams(qs), now);

describe('ledger list URL', () => {
  it('reads every filter and falls back on malformed values', () => {
    expect(
      parse(
        `year=2019&period=2019-Q2&type=training&county=621022&unit=${UNIT}&status=submitted&sort=type&page=3&pageSize=50`,
      ),
    ).toEqual({
      year: 2019,
      period: '2019-Q2',
      type: 'training',
      county: '621022',
      unit: UNIT,
      pairing: null,
      status: 'submitted',
      sort: 'type',
      page: 3,
      pageSize: 50,
      awaiting: null,
    });
    expect(
      parse('year=1999&period=2019-13&type=bogus&county=62&unit=x&status=nope&sort=name&page=-1&pageSize=7'),
    ).toMatchObject({
      year: null,
      period: null,
      type: null,
      county: null,
      unit: null,
      status: null,
      sort: '-occurredOn',
      page: 1,
      pageSize: 20,
    });
  });
  it('drops a period outside the chosen year', () => {
    expect(parse('year=2019&period=2018-05').period).toBeNull();
    expect(parse('period=2018-05').period).toBe('2018-05');
  });
  it('asks the server for what awaits me (the status filter gives way), by kind', () => {
    const f = parse('awaiting=confirm&status=draft&county=621021&page=2');
    expect(toRecordQuery(f)).toMatchObject({ awaiting: 'confirm', status: undefined, county: '621021', page: 2 });
    expect(parse('awaiting=1').awaiting).toBe('confirm');
    expect(parse('awaiting=review').awaiting).toBe('review');
    expect(parse('awaiting=everything').awaiting).toBeNull();
    expect(toRecordQuery(parse('status=draft'))).toMatchObject({ status: 'draft', awaiting: undefined });
  });
});

describe('periods and sorting', () => {
  it('offers the year, its quarters and months', () => {
    const opts = periodOptions(2019).map((o) => o.value);
    expect(opts).toHaveLength(17);
    expect(opts.slice(0, 6)).toEqual(['2019', '2019-Q1', '2019-Q2', '2019-Q3', '2019-Q4', '2019-01']);
    expect(opts.at(-1)).toBe('2019-12');
    expect(yearOptions(now)[0]).toBe(2026);
    expect(yearOptions(now).at(-1)).toBe(2017);
  });
  it('maps between the URL sort and table headers', () => {
    expect(sortOrderOf('-occurredOn', 'occurredOn')).toBe('descend');
    expect(sortOrderOf('type', 'type')).toBe('ascend');
    expect(sortOrderOf('type', 'status')).toBeNull();
    expect(sortFromTable('occurredOn', 'ascend')).toBe('occurredOn');
    expect(sortFromTable('occurredOn', 'descend')).toBeNull();
    expect(sortFromTable('type', 'descend')).toBeNull();
    expect(sortFromTable('updatedAt', 'descend')).toBe('-updatedAt');
  });
});
