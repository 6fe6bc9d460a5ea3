import {
  assessmentItem,
  DEFAULT_TIMELINESS_DAYS,
  isTimelinessKind,
  unitScoreDto,
  type AssessmentItem,
  type AssessmentSchemeBody,
  type AssessmentSchemeDto,
  type AssessmentScoresDto,
  type TimelinessKind,
} from '@xiezuo/domain';
import { z } from 'zod';
import type { Actor, AppContext, RequestMeta } from '../../../http/context';
import { AppError } from '../../../http/app-error';
import type { DbOrTx } from '../../../db/client';
import { withAudit } from '../../../lib/audit-tx';
import * as indicators from '../../progress/progress.service';
import * as supervision from '../supervision/supervision.service';
import { defaultAsOf } from '../warnings/warnings.service';
import {
  canManageAssessment,
  detailUnits,
  ledGroups,
  schemeAbilities,
  scoreAbilities,
  seesDetail,
} from './assessment.policy';
import { rankUnits, type RankedUnit, type UnitFacts } from './assessment.scoring';
import { presentScheme, presentScore } from './assessment.presenter';
import * as repo from './assessment.repository';

/** What a freeze stores: the ranking as computed at that moment, read back through the contract. */
const snapshotSchema = z.object({
  asOf: z.string(),
  items: z.array(unitScoreDto.omit({ isDetailVisible: true, abilities: true })),
});

/** The scheme of a year; 404 when none has been set. */
export async function loadScheme(db: DbOrTx, tenantId: string, year: number) {
  const s = await repo.findScheme(db, tenantId, year);
  if (!s) throw new AppError('NOT_FOUND');
  return { ...s, items: z.array(assessmentItem).parse(s.items) };
}

/** Refuses a change once the year's results are frozen. */
export function assertOpen(s: { frozenAt: Date | null }) {
  if (s.frozenAt) throw new AppError('INVALID_TRANSITION', { reason: 'frozen', frozenAt: s.frozenAt.toISOString() });
}

export async function getScheme(ctx: AppContext, actor: Actor, year: number): Promise<AssessmentSchemeDto> {
  const s = await loadScheme(ctx.db, actor.tenantId, year);
  return presentScheme(year, s, schemeAbilities(actor, s.frozenAt));
}

/** Sets a year's scheme (district office): created if absent, else replaced with a version check; refused once frozen. */
export async function putScheme(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  year: number,
  body: AssessmentSchemeBody,
): Promise<AssessmentSchemeDto> {
  if (!canManageAssessment(actor)) throw new AppError('FORBIDDEN');
  await withAudit(ctx.db, actor, meta, async (tx) => {
    const current = await repo.lockScheme(tx, actor.tenantId, year);
    if (!current)
      await repo.insertScheme(tx, { tenantId: actor.tenantId, year, items: body.items, updatedBy: actor.userId });
    else {
      assertOpen(current);
      if (
        current.version !== body.version ||
        !(await repo.updateScheme(tx, actor.tenantId, year, body.version, {
          items: body.items,
          updatedBy: actor.userId,
        }))
      )
        throw new AppError('CONFLICT', { currentVersion: current.version });
    }
    return {
      result: undefined,
      audit: {
        action: 'assessment.scheme_update',
        outcome: 'success',
        objectType: 'assessment_scheme',
        objectId: String(year),
        details: { before: current?.items ?? null, after: body.items },
      },
    };
  });
  return getScheme(ctx, actor, year);
}

/** Indicator facts per unit code: completion and pace of each indicator naming the unit responsible. */
async function indicatorFacts(
  ctx: AppContext,
  actor: Actor,
  year: number,
  asOf: string,
): Promise<Map<string, UnitFacts['indicators']>> {
  const plan = await indicators
    .getPlan(ctx, actor, year)
    .catch((e: unknown) => (e instanceof AppError && e.code === 'NOT_FOUND' ? null : Promise.reject(e)));
  if (!plan) return new Map();
  const progress = new Map((await indicators.districtProgress(ctx, actor, year, asOf)).items.map((i) => [i.code, i]));
  const out = new Map<string, UnitFacts['indicators']>();
  for (const d of plan.indicators) {
    const p = progress.get(d.code);
    if (!p || p.completion === null) continue;
    for (const code of d.responsibleUnits)
      out.set(code, [
        ...(out.get(code) ?? []),
        { completion: p.completion, onPace: p.status !== 'behind' && p.status !== 'at_risk' },
      ]);
  }
  return out;
}

const byUnit = <T extends { unitId: string | null }>(rows: T[]) =>
  new Map(rows.filter((r) => r.unitId).map((r) => [r.unitId!, r]));

/** Computes every member unit's score live from the ledger, indicators, supervision orders and adjustments. */
export async function computeScores(
  ctx: AppContext,
  actor: Actor,
  year: number,
  items: AssessmentItem[],
  asOf: string,
): Promise<RankedUnit[]> {
  const t = actor.tenantId;
  const timelyItems = items.filter((i): i is AssessmentItem & { kind: TimelinessKind } => isTimelinessKind(i.kind));
  const [members, ind, disputes, orders, adjustments, timely] = await Promise.all([
    repo.memberUnits(ctx.db, t),
    indicatorFacts(ctx, actor, year, asOf),
    repo.disputeCounts(ctx.db, t, year, asOf).then(byUnit),
    supervision.timelinessByUnit(ctx, t, year),
    repo.listAdjustments(ctx.db, t, year),
    Promise.all(
      timelyItems.map(
        async (i) =>
          [
            i.code,
            byUnit(
              await (i.kind === 'reporting_timeliness' ? repo.reportingTimeliness : repo.confirmationTimeliness)(
                ctx.db,
                t,
                year,
                asOf,
                i.days ?? DEFAULT_TIMELINESS_DAYS[i.kind],
              ),
            ),
          ] as const,
      ),
    ),
  ]);
  const facts: UnitFacts[] = members.map((u) => {
    const mine = orders.filter((o) => o.unitId === u.id && (o.dueDate <= asOf || o.firstResponseOn !== null));
    const adj: UnitFacts['adjustments'] = {};
    for (const { a } of adjustments.filter((x) => x.a.unitId === u.id))
      adj[a.itemCode] = { points: (adj[a.itemCode]?.points ?? 0) + a.points, count: (adj[a.itemCode]?.count ?? 0) + 1 };
    return {
      unitId: u.id,
      unitName: u.name,
      indicators: ind.get(u.code) ?? [],
      timely: Object.fromEntries(
        timely.map(([code, m]) => [code, { due: m.get(u.id)?.due ?? 0, onTime: m.get(u.id)?.onTime ?? 0 }]),
      ),
      records: { submitted: disputes.get(u.id)?.submitted ?? 0, disputed: disputes.get(u.id)?.disputed ?? 0 },
      supervision: {
        due: mine.length,
        onTime: mine.filter((o) => o.firstResponseOn !== null && o.firstResponseOn <= o.dueDate).length,
      },
      adjustments: adj,
    };
  });
  return rankUnits(items, facts);
}

async function visibleUnits(ctx: AppContext, actor: Actor, year: number) {
  return detailUnits(actor, await repo.groupUnitIds(ctx.db, actor.tenantId, year, ledGroups(actor)));
}

/** The ranking of every member unit, with the breakdowns the caller may see; from the frozen snapshot once frozen. */
export async function scores(
  ctx: AppContext,
  actor: Actor,
  year: number,
  q: { asOf?: string },
): Promise<AssessmentScoresDto> {
  const s = await loadScheme(ctx.db, actor.tenantId, year);
  const snap = s.frozenAt && s.snapshot ? snapshotSchema.parse(s.snapshot) : null;
  const asOf = snap?.asOf ?? q.asOf ?? defaultAsOf(year);
  const ranked = snap?.items ?? (await computeScores(ctx, actor, year, s.items, asOf));
  const visible = await visibleUnits(ctx, actor, year);
  const items = ranked.map((r: RankedUnit) =>
    presentScore(r, seesDetail(visible, r.unitId), scoreAbilities(actor, r.unitId, s.frozenAt)),
  );
  return { year, asOf, frozen: !!s.frozenAt, frozenAt: s.frozenAt?.toISOString() ?? null, items };
}

/** Freezes a year's results (district office) once no appeal is pending: the scores are stored and no longer change. */
export async function freeze(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  year: number,
  asOf?: string,
): Promise<AssessmentScoresDto> {
  if (!canManageAssessment(actor)) throw new AppError('FORBIDDEN');
  const s = await loadScheme(ctx.db, actor.tenantId, year);
  assertOpen(s);
  const at = asOf ?? defaultAsOf(year);
  await withAudit(ctx.db, actor, meta, async (tx) => {
    // adjustments, appeals and scheme changes take the same row lock, so none lands between computing and storing
    const current = (await repo.lockScheme(tx, actor.tenantId, year))!;
    assertOpen(current);
    // appeals are settled before results are published: a pending one could no longer be decided after the freeze
    const pending = await repo.countPendingAppeals(tx, actor.tenantId, year);
    if (pending) throw new AppError('INVALID_TRANSITION', { reason: 'pending_appeals', pending });
    const ranked = await computeScores(ctx, actor, year, z.array(assessmentItem).parse(current.items), at);
    await repo.updateScheme(tx, actor.tenantId, year, current.version, {
      frozenAt: new Date(),
      frozenBy: actor.userId,
      snapshot: { asOf: at, items: ranked },
    });
    return {
      result: undefined,
      audit: {
        action: 'assessment.freeze',
        outcome: 'success',
        objectType: 'assessment_scheme',
        objectId: String(year),
        details: { asOf: at, totals: ranked.map((r) => ({ unitId: r.unitId, rank: r.rank, total: r.total })) },
      },
    };
  });
  return scores(ctx, actor, year, {});
}

export { visibleUnits as detailUnitsOf };
