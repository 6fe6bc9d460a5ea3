import type { DrilldownDto, DrilldownQuery } from '@xiezuo/domain';
import type { Actor, AppContext } from '../../http/context';
import * as records from '../ledger/records.service';
import { personsBehind, recordIdsBehind } from './drilldown.repository';
import { rulesOf } from './engine';
import { findDecl, progressScope } from './progress.service';

/** The records (and distinct persons, masked) behind one number of an indicator, in the caller's scope. */
export async function drilldown(
  ctx: AppContext,
  actor: Actor,
  year: number,
  code: string,
  query: DrilldownQuery,
): Promise<DrilldownDto> {
  const q = progressScope(actor, query);
  const decl = await findDecl(ctx, actor, year, code);
  const rules = rulesOf(decl);
  const rule = q.part === 'denominator' ? rules[1] : rules[0];
  const scope = { tenantId: actor.tenantId, year, asOf: q.asOf ?? `${year}-12-31`, county: q.county, unit: q.unit };
  const { ids, total } = rule ? await recordIdsBehind(ctx.db, rule, scope, q.which, q.limit) : { ids: [], total: 0 };
  return {
    code: decl.code,
    part: q.part,
    which: q.which,
    total,
    records: ids.length ? await records.summariesByIds(ctx, actor, ids) : [],
    persons: rule ? await personsBehind(ctx.db, rule, scope, q.limit) : [],
  };
}
