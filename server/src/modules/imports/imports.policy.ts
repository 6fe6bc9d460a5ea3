import { IMPORT_KINDS, type Ability, type ImportKind } from '@xiezuo/domain';
import type { Actor } from '../../http/context';

/** The ability that manages each kind of import: whoever may edit the data may load it and read its rejects. */
export const IMPORT_KIND_ABILITY: Record<ImportKind, Ability> = { pairings: 'org.manage' };

/** Abilities that open the import routes at all; the service then checks the batch's own kind. */
export const IMPORT_ROUTE_ABILITIES: Ability[] = [...new Set(Object.values(IMPORT_KIND_ABILITY))];

/** Whether a stored kind is one this build knows. */
export const isImportKind = (kind: string): kind is ImportKind => (IMPORT_KINDS as readonly string[]).includes(kind);

/** Whether the actor may start, see and download the rejects of imports of this kind. */
export function canManageImportKind(actor: Actor, kind: string): boolean {
  return isImportKind(kind) && actor.abilities.includes(IMPORT_KIND_ABILITY[kind]);
}
