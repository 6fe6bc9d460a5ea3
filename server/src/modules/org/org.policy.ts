import { onlyBoundTo, scopeOf } from '@xiezuo/domain';
import type { Actor } from '../../http/context';

/** The assisted counties an actor may see: one bound to counties only, their own; everyone else in the tenant all. */
export function visibleCounties(actor: Actor, tenantCounties: readonly string[]): string[] {
  if (!onlyBoundTo(actor, 'county')) return [...tenantCounties];
  const own = scopeOf(actor);
  return tenantCounties.filter((c) => own.kind === 'some' && own.counties.includes(c));
}

/** Whether a region (by code) lies in one of the given counties or on the tenant's own (east) side. */
export function isRegionVisible(code: string, eastCode: string, counties: readonly string[]): boolean {
  const inSubtree = (root: string) => code.startsWith(root) || root.startsWith(code);
  if (inSubtree(eastCode)) return true;
  // ancestors (province, city) of a visible county are visible; other branches are not
  return counties.some((c) => code.startsWith(c) || (c.startsWith(code) && code.length < c.length));
}
