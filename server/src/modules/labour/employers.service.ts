import type { EmployerBody, EmployerDto, Page } from '@xiezuo/domain';
import type { AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { withAudit } from '../../lib/audit-tx';
import { encryptField } from '../../security/pii';
import { maskPhone } from '@xiezuo/domain';
import { findOrCreateAccount } from '../accounts/accounts.service';
import * as repo from './employers.repository';
import { canKeepLabour, employerOf, tenantOf, type Caller } from './labour.policy';

function dtoOf(e: repo.EmployerRow, posts: number): EmployerDto {
  return {
    id: e.id,
    name: e.name,
    creditCode: e.creditCode,
    regionCode: e.regionCode,
    contactName: e.contactName,
    contactPhone: e.contactPhoneMasked,
    posts,
    version: e.version,
  };
}

/** Employers: all of them for staff; only its own for an employer account. */
export async function listEmployers(
  ctx: AppContext,
  c: Caller,
  q: { q?: string; page: number; pageSize: number },
): Promise<Page<EmployerDto>> {
  const own = employerOf(c);
  if (c.kind === 'account' && !own) return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
  const { rows, total } = await repo.list(ctx.db, tenantOf(c), { ...q, id: own ?? undefined });
  return { items: rows.map((r) => dtoOf(r.e, r.posts)), total, page: q.page, pageSize: q.pageSize };
}

/**
 * Enters an employer (人社局, a county labour office or the labour group). With a contact phone, the phone's external
 * account becomes the employer's: it signs in by code and keeps its own posts.
 */
export async function createEmployer(ctx: AppContext, c: Caller, meta: RequestMeta, body: EmployerBody) {
  if (c.kind !== 'staff' || !canKeepLabour(c.actor)) throw new AppError('FORBIDDEN');
  const actor = c.actor;
  const row = await withAudit(ctx.db, actor, meta, async (tx) => {
    const e = await repo.insert(tx, {
      tenantId: actor.tenantId,
      name: body.name,
      creditCode: body.creditCode,
      regionCode: body.regionCode,
      contactName: body.contactName,
      contactPhoneEnc: body.contactPhone ? encryptField(ctx.keys, body.contactPhone) : null,
      contactPhoneMasked: body.contactPhone ? maskPhone(body.contactPhone) : null,
      createdBy: actor.userId,
    });
    if (!e) throw new AppError('DUPLICATE', { fields: { creditCode: 'an employer with this code exists' } });
    if (body.contactPhone)
      await findOrCreateAccount(ctx, tx, {
        tenantId: actor.tenantId,
        phone: body.contactPhone,
        displayName: body.name,
        roles: ['employer'],
        subject: { kind: 'enterprise', id: e.id },
      });
    return {
      result: e,
      audit: { action: 'labour.employer_create', outcome: 'success', objectType: 'labour_employer', objectId: e.id },
    };
  });
  return dtoOf(row, 0);
}
