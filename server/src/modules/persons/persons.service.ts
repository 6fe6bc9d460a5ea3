import {
  actsFor,
  checkIdNumber,
  maskIdNumber,
  normaliseIdNumber,
  type PersonInput,
  type PersonLookupDto,
} from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { blindIndex, decryptField, type DataKeys } from '../../security/pii';
import { withAudit } from '../../lib/audit-tx';
import { isPersonInScope } from '../ledger/records.people-scope';
import * as repo from './persons.repository';

/** Whether the caller may see a person's full ID number: the district office, or a county officer for their county's people. */
export function canReveal(actor: Actor, person: repo.PersonRow): boolean {
  if (actsFor(actor, { kind: 'office' })) return true;
  return person.countyCode !== null && actsFor(actor, { kind: 'county', code: person.countyCode });
}

/** Decrypts a person's ID number and phone for an allowed caller who gave a reason; the view is audited. */
export async function reveal(ctx: AppContext, actor: Actor, meta: RequestMeta, personId: string, reason: string) {
  const person = await repo.findById(ctx.db, actor.tenantId, personId);
  if (!person) throw new AppError('NOT_FOUND');
  if (!canReveal(actor, person)) throw new AppError('FORBIDDEN');
  return withAudit(ctx.db, actor, meta, async () => ({
    result: {
      personId,
      idNumber: decryptField(ctx.keys, person.idEnc),
      phone: person.phoneEnc ? decryptField(ctx.keys, person.phoneEnc) : null,
    },
    audit: {
      action: 'person.reveal',
      outcome: 'success',
      objectType: 'person',
      objectId: personId,
      details: { reason, fields: person.phoneEnc ? ['idNumber', 'phone'] : ['idNumber'] },
    },
  }));
}

/** A name as typed and as stored compare equal after width, spaces and the middle dots of minority names are unified. */
const nameKey = (name: string) =>
  name
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[·•・．‧]/g, '·');

/**
 * Looks a person up by ID number (sent in a body, never a URL), as a verification rather than a directory: within
 * the caller's scope the masked record; outside it only whether a person with this ID number and the name the caller
 * typed exists, never a name or poverty status the caller did not supply. Every lookup is audited, hit or miss, with
 * the masked ID number only.
 */
export async function lookup(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  input: { idNumber: string; name?: string },
): Promise<PersonLookupDto> {
  const id = normaliseIdNumber(input.idNumber);
  const problem = checkIdNumber(id);
  if (problem) throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'idNumber', message: problem }] });
  const [key] = await repo.findByIndexes(ctx.db, actor.tenantId, [blindIndex(ctx.keys, id)]);
  const row = key && (await repo.findById(ctx.db, actor.tenantId, key.id));
  const inScope = row ? await isPersonInScope(ctx, actor, row) : false;
  const typed = input.name ? nameKey(input.name) : '';
  const nameMatch = typed ? row !== undefined && nameKey(row.name) === typed : null;
  return withAudit(ctx.db, actor, meta, async () => ({
    result: {
      person:
        row && inScope
          ? { personId: row.id, name: row.name, idMasked: row.idMasked, isPoor: row.isPoor, countyCode: row.countyCode }
          : null,
      nameMatch,
    },
    audit: {
      action: 'person.lookup',
      outcome: 'success',
      objectType: 'person',
      objectId: row?.id,
      details: { idMasked: maskIdNumber(id), found: row !== undefined, inScope, nameGiven: typed !== '', nameMatch },
    },
  }));
}

/**
 * A stored person as a roster line for a record a module produces about them (a student's support): the ID number
 * is decrypted here only to find the same person again by blind index, and never leaves the server.
 */
export async function rosterLineOf(
  db: DbOrTx,
  keys: DataKeys,
  tenantId: string,
  personId: string,
): Promise<PersonInput> {
  const person = await repo.findById(db, tenantId, personId);
  if (!person) throw new AppError('NOT_FOUND');
  return { idNumber: decryptField(keys, person.idEnc), name: person.name, isPoor: person.isPoor };
}
