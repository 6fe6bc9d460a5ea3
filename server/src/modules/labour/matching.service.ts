import {
  DEFAULT_MATCH_WEIGHTS,
  DEFAULT_WEEKLY_CAP,
  scoreMatch,
  type Destination,
  type MatchWeights,
} from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { withAudit } from '../../lib/audit-tx';
import * as repo from './matching.repository';
import * as posts from './posts.repository';
import * as workers from './workers.repository';
import { keepsLabourSettings, personOf, tenantOf, workerCounties, type Caller } from './labour.policy';

/** The labour group's matching weights and weekly push cap (defaults until it sets its own). */
export async function labourSettingsOf(db: DbOrTx, tenantId: string) {
  const s = await repo.findSettings(db, tenantId);
  return s
    ? { weights: { ...DEFAULT_MATCH_WEIGHTS, ...s.weights }, weeklyCap: s.weeklyCap, version: s.version }
    : { weights: DEFAULT_MATCH_WEIGHTS, weeklyCap: DEFAULT_WEEKLY_CAP, version: 0 };
}

/** The office or the labour group changes the weights; the change is audited with the old and new values. */
export async function setLabourSettings(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  body: { weights: MatchWeights; weeklyCap: number; version: number },
) {
  if (!keepsLabourSettings(actor)) throw new AppError('FORBIDDEN');
  const before = await labourSettingsOf(ctx.db, actor.tenantId);
  await withAudit(ctx.db, actor, meta, async (tx) => {
    const r = await repo.upsertSettings(tx, actor.tenantId, body.version, body);
    if (!r || (before.version === 0 && body.version !== 0))
      throw new AppError('CONFLICT', { currentVersion: before.version });
    return {
      result: r,
      audit: {
        action: 'labour.settings_update',
        outcome: 'success',
        objectType: 'labour_settings',
        details: { before: before.weights, after: body.weights, weeklyCap: body.weeklyCap },
      },
    };
  });
  return labourSettingsOf(ctx.db, actor.tenantId);
}

/** Ranked workers for a post, each with its reasons; staff only, within the caller's counties. */
export async function matchesForPost(ctx: AppContext, c: Caller, postId: string, limit: number) {
  if (c.kind !== 'staff') throw new AppError('FORBIDDEN');
  const tenantId = tenantOf(c);
  const w = await posts.findWide(ctx.db, tenantId, postId);
  if (!w) throw new AppError('NOT_FOUND');
  const { weights } = await labourSettingsOf(ctx.db, tenantId);
  const p = w.p;
  const facts = { ...p, destination: p.destination as string };
  const rows = await repo.rankWorkers(ctx.db, tenantId, facts, weights, workerCounties(c.actor), limit);
  const items = rows.map((r) => {
    const s = scoreMatch(
      p,
      {
        wish: r.wish as Destination,
        countyCode: r.county_code,
        skills: r.skills,
        wishedWageFen: r.wished_wage_fen === null ? null : Number(r.wished_wage_fen),
        availableFrom: r.available_from,
        isContacted: r.contacted,
      },
      weights,
    );
    return { workerId: r.id, name: r.name, countyCode: r.county_code, ...s };
  });
  return { items };
}

/** Ranked open posts for a worker: staff for a worker in scope, or the worker itself. */
export async function matchesForWorker(ctx: AppContext, c: Caller, workerId: string, limit: number) {
  const tenantId = tenantOf(c);
  const wk = await workers.findWide(ctx.db, tenantId, workerId);
  const counties = c.kind === 'staff' ? workerCounties(c.actor) : null;
  const visible =
    wk &&
    (c.kind === 'staff' ? counties === null || counties.includes(wk.w.countyCode) : personOf(c) === wk.w.personId);
  if (!wk || !visible) throw new AppError('NOT_FOUND');
  const { weights } = await labourSettingsOf(ctx.db, tenantId);
  const birth = await workers.birthDateOf(ctx.db, wk.w.personId);
  const m = { ...wk.w, birthDate: birth };
  const rows = await repo.rankPosts(ctx.db, tenantId, m, weights, limit);
  const facts = { ...wk.w, isContacted: false };
  const items = rows.map((r) => {
    const post = {
      destination: r.destination as Destination,
      regionCode: r.region_code,
      skills: r.skills,
      wageMaxFen: Number(r.wage_max_fen),
      startOn: r.start_on,
    };
    return { postId: r.id, title: r.title, ...scoreMatch(post, { ...facts, isContacted: r.contacted }, weights) };
  });
  return { items };
}
