import { describe, expect, it } from 'vitest';
import { columnOrder, exportHref, parsePairingFilters, sortFromTable, toPairingQuery } from './pairing-filters';

const parse = (qs: string) => parsePairingFilters(new URLSearchParams(qs));
const UNIT = '8db6c4fd-b44e-4919-bf53-bee3ea03fc18';

describe('pairing list URL', () => {
  it('reads every filter the API takes and drops what it would refuse', () => {
    const f = parse(
      `kind=school_school&county=621022&unit=${UNIT}&status=active&year=2019&q=%20环城%20&sort=county&page=3&pageSize=50`,
    );
    expect(f).toEqual({
      kind: 'school_school',
      county: '621022',
      unit: UNIT,
      status: 'active',
      year: 2019,
      q: '环城',
      sort: 'county',
      page: 3,
      pageSize: 50,
    });
    const bad = parse('kind=nope&county=62&unit=x&status=gone&year=1999&sort=-kind&page=-1&pageSize=7');
    expect(bad).toEqual({
      kind: null,
      county: null,
      unit: null,
      status: null,
      year: null,
      q: null,
      sort: '-startDate',
      page: 1,
      pageSize: 20,
    });
  });

  it('sends only the filters that are set, and exports with the same filters but no paging', () => {
    const f = parse('county=621021&year=2018&page=2');
    expect(toPairingQuery(f)).toEqual({ county: '621021', year: 2018, sort: '-startDate', page: 2, pageSize: 20 });
    expect(exportHref(f)).toBe('/api/pairings/export.xlsx?county=621021&year=2018');
    expect(exportHref(parse(''))).toBe('/api/pairings/export.xlsx');
    expect(exportHref(parse('q=a%26b'))).toBe('/api/pairings/export.xlsx?q=a%26b');
  });

  it('maps table sorting to the server sort and back', () => {
    expect(sortFromTable('startDate', 'ascend')).toBe('startDate');
    expect(sortFromTable('startDate', 'descend')).toBe('-startDate');
    expect(sortFromTable('kind', 'ascend')).toBe('kind');
    expect(sortFromTable('east', null)).toBe('-startDate');
    expect(sortFromTable('bogus', 'ascend')).toBe('-startDate');
    expect(columnOrder('-startDate', 'startDate')).toBe('descend');
    expect(columnOrder('county', 'county')).toBe('ascend');
    expect(columnOrder('county', 'kind')).toBeNull();
  });
});
