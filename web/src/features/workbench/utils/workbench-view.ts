import type { WorkbenchItemDto } from '@xiezuo/domain';

export type Tone = 'danger' | 'warning' | 'normal' | 'quiet';

/** How an item reads: overdue first in red, due soon in amber, pending in blue, nothing pending greyed. */
export function toneOf(i: WorkbenchItemDto): Tone {
  if (i.kind === 'admin.audit_chain') return i.state === 'broken' ? 'danger' : 'quiet';
  if (i.overdue > 0) return 'danger';
  if (i.dueSoon > 0) return 'warning';
  return i.count > 0 ? 'normal' : 'quiet';
}

const RANK: Record<Tone, number> = { danger: 0, warning: 1, normal: 2, quiet: 3 };

/** Items in the order a person should look at them; equal ones keep the server's order. */
export function ordered(items: readonly WorkbenchItemDto[]): WorkbenchItemDto[] {
  return items
    .map((i, at) => ({ i, at }))
    .sort((a, b) => RANK[toneOf(a.i)] - RANK[toneOf(b.i)] || a.at - b.at)
    .map((x) => x.i);
}
