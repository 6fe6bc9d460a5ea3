import type { CharitySettingsBody, CharitySettingsDto } from '@xiezuo/domain';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { withAudit } from '../../lib/audit-tx';
import { charitySettingsOf } from './needs.service';
import * as repo from './needs.repository';

/** The district office sets the platform's rules; everyone who reads charity data sees them. */
export const canEditCharitySettings = (actor: Actor) => actor.abilities.includes('org.manage');

/** The tenant's charity settings (the defaults, version 0, until the office changes them). */
export async function getCharitySettings(ctx: AppContext, actor: Actor): Promise<CharitySettingsDto> {
  const [row, values] = await Promise.all([
    repo.findSettings(ctx.db, actor.tenantId),
    charitySettingsOf(ctx.db, actor.tenantId),
  ]);
  return {
    ...values,
    version: row?.version ?? 0,
    updatedAt: row?.updatedAt.toISOString() ?? null,
    abilities: { edit: canEditCharitySettings(actor) },
  };
}

/** Replaces the settings (office only) if unchanged since read, audited with the values before and after. */
export async function putCharitySettings(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  body: CharitySettingsBody,
): Promise<CharitySettingsDto> {
  if (!canEditCharitySettings(actor)) throw new AppError('FORBIDDEN');
  const { version, ...after } = body;
  await withAudit(ctx.db, actor, meta, async (tx) => {
    const before = await charitySettingsOf(tx, actor.tenantId);
    if (!(await repo.saveSettings(tx, actor.tenantId, after, version))) throw new AppError('CONFLICT');
    return {
      result: undefined,
      audit: {
        action: 'charity_settings.update',
        outcome: 'success',
        objectType: 'charity_settings',
        objectId: actor.tenantId,
        details: { before, after },
      },
    };
  });
  return getCharitySettings(ctx, actor);
}
