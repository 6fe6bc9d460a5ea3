import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { parseAuditFilters, toAuditQuery } from './audit-filters';

describe('audit filters in the URL', () => {
  it('defaults to the newest first, page 1 of 20', () => {
    expect(parseAuditFilters(new URLSearchParams())).toEqual({
      page: 1,
      pageSize: 20,
      from: null,
      to: null,
      action: null,
      outcome: null,
      q: null,
      order: 'desc',
    });
  });

  it('drops malformed values instead of sending them to the server', () => {
    const f = parseAuditFilters(
      new URLSearchParams('page=-2&pageSize=7&from=yesterday&outcome=maybe&order=sideways&q=%20%20'),
    );
    expect(f).toMatchObject({ page: 1, pageSize: 20, from: null, outcome: null, order: 'desc', q: null });
  });

  it('turns a day range into whole local days', () => {
    const f = parseAuditFilters(
      new URLSearchParams(
        'from=2026-03-01&to=2026-03-02&action=auth.login&outcome=failure&q=office&order=asc&page=3&pageSize=50',
      ),
    );
    const q = toAuditQuery(f);
    expect(q).toMatchObject({
      page: 3,
      pageSize: 50,
      action: 'auth.login',
      outcome: 'failure',
      q: 'office',
      order: 'asc',
    });
    expect(q.from).toBe(dayjs('2026-03-01').startOf('day').toISOString());
    expect(dayjs(q.to).diff(dayjs(q.from), 'hour')).toBe(47);
  });
});
