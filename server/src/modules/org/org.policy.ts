import type { Actor } from '../../http/context';

/** The assisted counties an actor may see: a county officer only their own; everyone else in the tenant all. */
export function visibleCounties(actor: Actor, tenantCounties: readonly string[]): string[] {
  const own = actor.roles.filter((r) => r.role === 'county_officer').map((r) => r.scopeId!);
  const hasWider = actor.roles.some((r) => r.role !== 'county_officer');
  if (hasWider) return [...tenantCounties];
  return tenantCounties.filter((c) => own.includes(c));
}

/** Whether a region (by code) lies in one of the given counties or on the tenant's own (east) side. */
export function isRegionVisible(code: string, eastCode: string, counties: readonly string[]): boolean {
  const inSubtree = (root: string) => code.startsWith(root) || root.startsWith(code);
  if (inSubtree(eastCode)) return true;
  // ancestors (province, city) of a visible county are visible; other branches are not
  return counties.some((c) => code.startsWith(c) || (c.startsWith(code) && code.length < c.length));
}
