import { describe, expect, it } from 'vitest';
import type { WarningDto } from '@xiezuo/domain';
import { addDays, orderFromWarning } from './order-form';
import { parseOrderFilters, toOrderQuery } from './order-filters';
import { parseWarningFilters, severityCounts, sortWarnings, toWarningQuery, warningHref } from './warning-view';

const UNIT = '1b4e28ba-2fa1-11d2-883f-0016d3cca427';
const w = (over: Partial<WarningDto>): WarningDto => ({
  id: 'indicator_behind:2019:labour.employed_elsewhere',
  kind: 'indicator_behind',
  severity: 'warning',
  title: { zh: '贫困人口到其他地区就业进度滞后', en: 'Employed elsewhere: behind pace' },
  message: { zh: '已完成 600 人，按进度应完成 963 人', en: '600 done, 963 expected' },
  responsibleUnits: [{ id: UNIT, name: '区人社局' }],
  link: '/indicators/labour.employed_elsewhere?year=2019',
  order: null,
  abilities: { supervise: true },
  ...over,
});

describe('warnings view', () => {
  it('reads the filters from the URL and builds the API query', () => {
    const f = parseWarningFilters(
      new URLSearchParams('year=2019&asOf=2019-09-30&kind=ratio_at_risk&severity=critical&county=623027&page=2'),
    );
    expect(f).toEqual({
      year: 2019,
      asOf: '2019-09-30',
      kind: 'ratio_at_risk',
      severity: 'critical',
      county: '623027',
      page: 2,
    });
    expect(toWarningQuery(f, 2019)).toEqual({
      year: 2019,
      asOf: '2019-09-30',
      kind: 'ratio_at_risk',
      county: '623027',
    });
    expect(parseWarningFilters(new URLSearchParams('kind=nope&severity=x&page=-1'))).toMatchObject({
      kind: null,
      severity: null,
      page: 1,
    });
  });

  it('puts critical warnings first, then by kind, then the longest open', () => {
    const list = [
      w({ id: 'a', kind: 'awaiting_confirmation', severity: 'warning', daysOpen: 20 }),
      w({ id: 'b', kind: 'awaiting_confirmation', severity: 'critical', daysOpen: 30 }),
      w({ id: 'c', kind: 'indicator_behind', severity: 'critical' }),
      w({ id: 'd', kind: 'awaiting_confirmation', severity: 'critical', daysOpen: 90 }),
    ];
    expect(sortWarnings(list, null).map((x) => x.id)).toEqual(['c', 'd', 'b', 'a']);
    expect(sortWarnings(list, 'warning').map((x) => x.id)).toEqual(['a']);
    expect(severityCounts(list)).toEqual({ critical: 3, warning: 1 });
  });

  it('links an indicator warning to the progress view with its records open', () => {
    expect(
      warningHref(w({ indicatorCode: 'labour.employed_elsewhere', countyCode: '621022' }), 2019, '2019-09-30'),
    ).toBe(
      '/dashboard?year=2019&asOf=2019-09-30&ind=labour.employed_elsewhere&drill=labour.employed_elsewhere&dc=621022',
    );
    expect(warningHref(w({ recordId: 'r1' }), 2019, null)).toBe('/ledger/r1');
    expect(warningHref(w({ pairingId: 'p1' }), 2019, null)).toBe('/pairings/p1');
    expect(warningHref(w({ link: '//evil.example' }), 2019, null)).toBe('/');
  });
});

describe('supervision orders', () => {
  it('suggests an order from a warning: subject, units, indicator, due in two weeks', () => {
    const body = orderFromWarning(w({ indicatorCode: 'labour.employed_elsewhere' }), '2019-09-30', 'zh');
    expect(body).toMatchObject({
      kind: 'supervision',
      subject: '贫困人口到其他地区就业进度滞后',
      warningId: 'indicator_behind:2019:labour.employed_elsewhere',
      indicatorCodes: ['labour.employed_elsewhere'],
      recordIds: [],
      unitIds: [UNIT],
      dueDate: '2019-10-14',
    });
    expect(body.requiredResponse).toContain('已完成 600 人');
    expect(addDays('2019-12-25', 14)).toBe('2020-01-08');
  });

  it('reads list filters and paging from the URL', () => {
    const f = parseOrderFilters(new URLSearchParams('status=open&overdue=true&page=3&pageSize=50'));
    expect(toOrderQuery(f)).toEqual({ status: 'open', overdue: 'true', page: 3, pageSize: 50 });
    expect(toOrderQuery(parseOrderFilters(new URLSearchParams('status=bogus&pageSize=7')))).toEqual({
      page: 1,
      pageSize: 20,
    });
    expect(toOrderQuery(parseOrderFilters(new URLSearchParams('awaiting=respond')))).toMatchObject({
      awaiting: 'respond',
    });
    expect(toOrderQuery(parseOrderFilters(new URLSearchParams('awaiting=bogus'))).awaiting).toBeUndefined();
  });
});
