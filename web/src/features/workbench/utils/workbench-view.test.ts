import { describe, expect, it } from 'vitest';
import type { WorkbenchItemDto } from '@xiezuo/domain';
import { ordered, toneOf } from './workbench-view';

const item = (kind: WorkbenchItemDto['kind'], count: number, dueSoon = 0, overdue = 0): WorkbenchItemDto => ({
  kind,
  count,
  dueSoon,
  overdue,
  href: '/',
});

describe('workbench order', () => {
  it('puts overdue, then due soon, then pending, then empty items first', () => {
    const items = [
      item('records.disputed', 0),
      item('records.confirm', 2),
      item('supervision.respond', 3, 1, 0),
      item('supervision.close', 1, 0, 1),
    ];
    expect(ordered(items).map((i) => i.kind)).toEqual([
      'supervision.close',
      'supervision.respond',
      'records.confirm',
      'records.disputed',
    ]);
  });
  it('reads a broken audit chain as danger and an intact one as quiet', () => {
    expect(toneOf({ ...item('admin.audit_chain', 1), state: 'broken' })).toBe('danger');
    expect(toneOf({ ...item('admin.audit_chain', 0), state: 'ok' })).toBe('quiet');
  });
});
