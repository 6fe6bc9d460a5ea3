import { actsFor, IMPORT_KINDS, type Ability, type ImportKind } from '@xiezuo/domain';
import type { Actor } from '../../http/context';

/** The ability that manages each kind of import: whoever may edit the data may load it and read its rejects. */
export const IMPORT_KIND_ABILITY: Record<ImportKind, Ability> = {
  pairings: 'org.manage',
  records: 'business.write',
  fund_projects: 'business.write',
  fund_receipts: 'business.write',
};

/** Abilities that open the import routes at all; the service then checks the batch's own kind. */
export const IMPORT_ROUTE_ABILITIES: Ability[] = [...new Set(Object.values(IMPORT_KIND_ABILITY))];

/** Whether a stored kind is one this build knows. */
export const isImportKind = (kind: string): kind is ImportKind => (IMPORT_KINDS as readonly string[]).includes(kind);

/** Whether the actor may start imports of this kind. */
export function canManageImportKind(actor: Actor, kind: string): boolean {
  return isImportKind(kind) && actor.abilities.includes(IMPORT_KIND_ABILITY[kind]);
}

/**
 * Whether the actor may see a batch and download its rejects. A ledger batch's rejects hold the rows as typed,
 * full ID numbers included, so only whoever uploaded it and the district office see it.
 */
export function canSeeImport(actor: Actor, batch: { kind: string; createdBy: string | null }): boolean {
  if (!canManageImportKind(actor, batch.kind)) return false;
  if (batch.kind !== 'records') return true;
  return batch.createdBy === actor.userId || actsFor(actor, { kind: 'office' });
}
