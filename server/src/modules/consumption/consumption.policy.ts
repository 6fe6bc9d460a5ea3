import { actingOf, actsFor, DISTRICT, scopeOf, someOf, type Scope } from '@xiezuo/domain';
import type { Actor } from '../../http/context';

/**
 * Who sees what in consumption assistance: the district office, leaders and working groups see everything; a unit
 * reporter its unit's purchases and pledge; a county officer the purchases of its county's suppliers. The catalogue
 * (suppliers, products) is public within the tenant: buyers choose from it.
 */
export function consumptionScope(actor: Actor): Scope {
  const s = scopeOf(actor);
  if (s.kind === 'district' || s.groups.length) return DISTRICT;
  return someOf({ units: s.units, counties: s.counties });
}

/** The office keeps the catalogue; a county officer keeps its own county's suppliers and products. */
export function canKeepCatalogue(actor: Actor, countyCode: string): boolean {
  return actingOf(actor).office || actsFor(actor, { kind: 'county', code: countyCode });
}

/** The office records any purchase; a unit reporter records its own unit's purchases only. */
export function canRecordPurchase(actor: Actor, buyerUnitId: string | null): boolean {
  if (actingOf(actor).office) return true;
  return buyerUnitId !== null && actsFor(actor, { kind: 'unit', id: buyerUnitId });
}

export type PurchaseFacts = { status: string; countyCode: string; buyerUnitId: string | null };

export function canSeePurchase(actor: Actor, p: PurchaseFacts): boolean {
  const s = consumptionScope(actor);
  if (s.kind === 'district') return true;
  return s.counties.includes(p.countyCode) || (p.buyerUnitId !== null && s.units.includes(p.buyerUnitId));
}

/** The confirming side of an east-reported record: the supplier's county, once, while it is submitted. */
export function canConfirmPurchase(actor: Actor, p: PurchaseFacts): boolean {
  return p.status === 'submitted' && actsFor(actor, { kind: 'county', code: p.countyCode });
}

/** The office sets pledges; the unit accepts its own. */
export const canSetPledge = (actor: Actor) => actingOf(actor).office;
export const canAcceptPledge = (actor: Actor, unitId: string) => actsFor(actor, { kind: 'unit', id: unitId });
