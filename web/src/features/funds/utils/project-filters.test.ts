import { describe, expect, it } from 'vitest';
import { filtersHref, parseProjectFilters, sortFromTable, toProjectQuery } from './project-filters';

describe('project library filters in the URL', () => {
  it('keeps the known filters and drops the unknown ones', () => {
    const f = parseProjectFilters(
      new URLSearchParams('year=2019&county=621022&stage=approved&category=nope&source=fiscal&page=2&pageSize=7'),
    );
    expect(f).toMatchObject({ year: 2019, county: '621022', stage: 'approved', category: null, source: 'fiscal' });
    expect(f.page).toBe(2);
    expect(f.pageSize).toBe(20);
    expect(toProjectQuery(f)).toEqual({
      year: 2019,
      county: '621022',
      stage: 'approved',
      source: 'fiscal',
      page: 2,
      pageSize: 20,
    });
  });

  it('exports the filters without paging', () => {
    const f = parseProjectFilters(new URLSearchParams('year=2019&page=3&sort=-plannedFen'));
    expect(filtersHref('/api/projects/export.xlsx', f)).toBe('/api/projects/export.xlsx?year=2019');
    expect(toProjectQuery(f).sort).toBe('-plannedFen');
  });

  it('maps the table sorter to the API sort', () => {
    expect(sortFromTable('plannedFen', 'descend')).toBe('-plannedFen');
    expect(sortFromTable('plannedFen', 'ascend')).toBe('plannedFen');
    expect(sortFromTable('code', null)).toBeNull();
  });
});
