import { describe, expect, it } from 'vitest';
import {
  carrySearch,
  clipToYear,
  drillPatch,
  effectiveAsOf,
  monthEnds,
  parseDashboardParams,
  parseDrill,
  progressQuery,
  quarterEnds,
  shareSearch,
  validDay,
} from './dashboard-params';

const p = (s: string) => new URLSearchParams(s);
const UNIT = '1b4e28ba-2fa1-11d2-883f-0016d3cca427';

describe('dashboard URL state', () => {
  it('reads year, as-of day, scope and selected indicator, ignoring what is malformed', () => {
    expect(
      parseDashboardParams(
        p(`year=2019&asOf=2019-09-30&county=623027&group=labour&unit=${UNIT}&ind=talent.medical_missions`),
      ),
    ).toEqual({
      year: 2019,
      asOf: '2019-09-30',
      county: '623027',
      group: 'labour',
      unit: UNIT,
      ind: 'talent.medical_missions',
    });
    expect(parseDashboardParams(p('year=19&asOf=2019-02-30&county=62&unit=x&ind=DROP TABLE'))).toEqual({
      year: null,
      asOf: null,
      county: null,
      group: null,
      unit: null,
      ind: null,
    });
  });

  it('drops an as-of day outside the chosen year, and lets a path scope override the same filter', () => {
    expect(parseDashboardParams(p('year=2018&asOf=2019-09-30')).asOf).toBeNull();
    expect(parseDashboardParams(p('county=621022'), { key: 'county', id: '623027' }).county).toBe('623027');
  });

  it('validates calendar days', () => {
    expect(validDay('2020-02-29')).toBe('2020-02-29');
    expect(validDay('2019-02-29')).toBeNull();
    expect(validDay('2019-9-30')).toBeNull();
  });

  it('defaults the as-of day to today clipped into the year', () => {
    expect(clipToYear('2026-11-28', 2019)).toBe('2019-12-31');
    expect(clipToYear('2018-05-01', 2019)).toBe('2019-01-01');
    expect(effectiveAsOf({ asOf: null }, 2026, '2026-11-28')).toBe('2026-11-28');
    expect(effectiveAsOf({ asOf: '2019-09-30' }, 2019, '2026-11-28')).toBe('2019-09-30');
  });

  it('offers the quarter ends, the demo day among them', () => {
    expect(quarterEnds(2019)).toContain('2019-09-30');
  });

  it('computes the trend points: each month end before the day, then the day itself', () => {
    expect(monthEnds(2019, '2019-09-30')).toEqual([
      '2019-01-31',
      '2019-02-28',
      '2019-03-31',
      '2019-04-30',
      '2019-05-31',
      '2019-06-30',
      '2019-07-31',
      '2019-08-31',
      '2019-09-30',
    ]);
    expect(monthEnds(2020, '2020-03-15')).toEqual(['2020-01-31', '2020-02-29', '2020-03-15']);
    expect(monthEnds(2019, '2019-01-01')).toEqual(['2019-01-01']);
  });

  it('builds the API query from the scope, leaving out what is not set', () => {
    expect(progressQuery(parseDashboardParams(p('county=623027')), '2019-09-30')).toEqual({
      asOf: '2019-09-30',
      county: '623027',
    });
  });

  it('makes a shareable link explicit about year and day and keeps the rest', () => {
    expect(shareSearch(p('county=623027&ind=a.b'), 2019, '2019-09-30')).toBe(
      '?county=623027&ind=a.b&year=2019&asOf=2019-09-30',
    );
    expect(carrySearch({ year: 2019, asOf: null })).toBe('?year=2019');
    expect(carrySearch({ year: null, asOf: null })).toBe('');
  });

  it('round-trips the drill-down through the URL with defaults left out', () => {
    const patch = drillPatch({ code: 'labour.employed_in_tianjin', part: 'value', which: 'claimed', county: '621022' });
    expect(patch).toEqual({ drill: 'labour.employed_in_tianjin', part: null, which: 'claimed', dc: '621022' });
    const url = p(
      Object.entries(patch)
        .filter(([, v]) => v !== null)
        .map(([k, v]) => `${k}=${v}`)
        .join('&'),
    );
    expect(parseDrill(url)).toEqual({
      code: 'labour.employed_in_tianjin',
      part: 'value',
      which: 'claimed',
      county: '621022',
    });
    expect(parseDrill(p('drill=x'))).toBeNull();
    expect(drillPatch(null)).toEqual({ drill: null, part: null, which: null, dc: null });
  });
});
