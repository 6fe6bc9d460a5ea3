import {
  DEFAULT_WARNING_SETTINGS,
  PAIRING_KIND_LABELS,
  recordType,
  WARNING_KINDS,
  warningSettings as settingsSchema,
  type WarningDto,
  type WarningKind,
  type WarningListDto,
  type WarningListQuery,
  type WarningSettings,
  type WarningSettingsDto,
} from '@xiezuo/domain';
import type { Actor, AppContext, RequestMeta } from '../../../http/context';
import { AppError } from '../../../http/app-error';
import { withAudit } from '../../../lib/audit-tx';
import * as indicators from '../../progress/progress.service';
import * as pairings from '../../pairings/pairings.service';
import { fundsWarnings } from '../../funds/funds-warnings.service';
import * as supervision from '../supervision/supervision.service';
import { awaitingText, disputeText, dormantText, inactiveText } from './warnings.messages';
import { indicatorWarnings, type FoundWarning } from './warnings.indicators';
import { taskWarnings } from './warnings.tasks';
import { canEditSettings, warningFilter, type WarningFilter } from './warnings.policy';
import { presentSettings } from './warnings.presenter';
import * as repo from './warnings.repository';
import { asOfInYear, workingDate } from '../../settings/working-date.service';

type Unit = Awaited<ReturnType<typeof repo.listUnits>>[number];

/** The tenant's thresholds, the defaults filling anything not stored. */
export async function settingsOf(ctx: AppContext, tenantId: string): Promise<WarningSettings> {
  const row = await repo.findSettings(ctx.db, tenantId);
  return settingsSchema.parse({ ...DEFAULT_WARNING_SETTINGS, ...(row?.settings ?? {}) });
}

export async function getSettings(ctx: AppContext, actor: Actor): Promise<WarningSettingsDto> {
  const row = await repo.findSettings(ctx.db, actor.tenantId);
  return presentSettings(await settingsOf(ctx, actor.tenantId), row?.updatedAt ?? null, {
    edit: canEditSettings(actor),
  });
}

/** Replaces the tenant's thresholds (office only), audited with the values before and after. */
export async function putSettings(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  body: WarningSettings,
): Promise<WarningSettingsDto> {
  if (!canEditSettings(actor)) throw new AppError('FORBIDDEN');
  const before = await settingsOf(ctx, actor.tenantId);
  await withAudit(ctx.db, actor, meta, async (tx) => {
    await repo.upsertSettings(tx, actor.tenantId, body, actor.userId);
    return {
      result: undefined,
      audit: {
        action: 'warning_settings.update',
        outcome: 'success',
        objectType: 'warning_settings',
        objectId: actor.tenantId,
        details: { before, after: body },
      },
    };
  });
  return getSettings(ctx, actor);
}

/** The year a request means: the one asked for, else the latest plan year up to the working date's. */
export async function resolveYear(ctx: AppContext, tenantId: string, year: number | undefined): Promise<number> {
  if (year !== undefined) return year;
  const workingYear = Number((await workingDate(ctx.db, tenantId)).slice(0, 4));
  // a tenant without any plan still has a year: the working date's, shown empty
  return (await repo.defaultPlanYear(ctx.db, tenantId, workingYear)) ?? workingYear;
}

/** The date a year's warnings are judged on when none is asked for: the working date within that year. */
export const defaultAsOf = (ctx: AppContext, tenantId: string, year: number) => asOfInYear(ctx.db, tenantId, year);

type Ctx = {
  ctx: AppContext;
  actor: Actor;
  year: number;
  asOf: string;
  settings: WarningSettings;
  filter: WarningFilter;
  unitIds: string[] | null;
  units: Map<string, Unit>;
};

async function forIndicators(c: Ctx): Promise<FoundWarning[]> {
  const plan = await indicators.getPlan(c.ctx, c.actor, c.year);
  const byCode = new Map([...c.units.values()].map((u) => [u.code, u]));
  const decls = new Map(plan.indicators.map((d) => [d.code, d]));
  const unitCode = c.filter.unitId ? c.units.get(c.filter.unitId)?.code : undefined;
  const progress = await indicators.districtProgress(c.ctx, c.actor, c.year, c.asOf);
  const items = progress.items.filter(
    (i) =>
      (!c.filter.group || i.group === c.filter.group) &&
      (!c.filter.unitId || decls.get(i.code)?.responsibleUnits.includes(unitCode ?? '')),
  );
  const unitsOf = (code: string) =>
    (decls.get(code)?.responsibleUnits ?? [])
      .map((u) => byCode.get(u))
      .filter((u): u is Unit => !!u)
      .map((u) => ({ id: u.id, name: u.name }));
  return indicatorWarnings(items, { year: c.year, settings: c.settings, unitsOf, counties: c.filter.counties });
}

async function forRecords(
  c: Ctx,
  kind: 'awaiting_confirmation' | 'dispute_unresolved',
  countyNames: Map<string, string>,
): Promise<FoundWarning[]> {
  const f = { tenantId: c.actor.tenantId, year: c.year, asOf: c.asOf, counties: c.filter.counties, unitIds: c.unitIds };
  const unit = (id: string | null) => (id ? c.units.get(id) : undefined);
  const named = (id: string | null) => (unit(id) ? [{ id: id!, name: unit(id)!.name }] : []);
  if (kind === 'awaiting_confirmation') {
    const rows = await repo.awaitingGroups(c.ctx.db, f, c.settings.awaitingDays);
    return rows.map((r) => {
      const countyName = r.county ? (countyNames.get(r.county) ?? r.county) : '区合作交流办';
      const typeLabel = recordType(r.type)?.label ?? { zh: r.type, en: r.type };
      const ledger = `/ledger?year=${c.year}&type=${r.type}&status=submitted${r.county ? `&county=${r.county}` : ''}${r.unitId ? `&unit=${r.unitId}` : ''}`;
      return {
        id: `awaiting_confirmation:${c.year}:${r.type}:${r.unitId ?? '-'}:${r.county ?? '-'}`,
        kind,
        severity: r.days >= 2 * c.settings.awaitingDays ? 'critical' : 'warning',
        ...awaitingText({ typeLabel, unitName: unit(r.unitId)?.name ?? '—', countyName, count: r.count, days: r.days }),
        ...(r.count === 1 ? { recordId: r.anyId } : {}),
        ...(r.county ? { countyCode: r.county } : {}),
        responsibleUnits: named(r.unitId),
        daysOpen: r.days,
        link: r.count === 1 ? `/ledger/${r.anyId}` : ledger,
      } satisfies FoundWarning;
    });
  }
  const rows = await repo.staleDisputes(c.ctx.db, f, c.settings.disputeDays);
  return rows.map((r) => ({
    id: `dispute_unresolved:${c.year}:${r.id}`,
    kind,
    severity: r.days >= 2 * c.settings.disputeDays ? 'critical' : 'warning',
    ...disputeText({
      typeLabel: recordType(r.type)?.label ?? { zh: r.type, en: r.type },
      unitName: unit(r.unitId)?.name ?? '—',
      countyName: r.county ? (countyNames.get(r.county) ?? r.county) : '区合作交流办',
      occurredOn: r.occurredOn,
      reason: r.reason,
      days: r.days,
    }),
    recordId: r.id,
    ...(r.county ? { countyCode: r.county } : {}),
    responsibleUnits: named(r.unitId),
    daysOpen: r.days,
    link: `/ledger/${r.id}`,
  }));
}

async function forPairings(c: Ctx): Promise<FoundWarning[]> {
  const months = c.settings.dormantMonths;
  const { items } = await pairings.dormant(c.ctx, c.actor, months, c.asOf);
  return items
    .filter(
      (p) =>
        (!c.filter.counties || c.filter.counties.includes(p.countyCode)) &&
        (!c.unitIds || (p.east.unitId !== null && c.unitIds.includes(p.east.unitId))),
    )
    .map((p) => ({
      id: `dormant_pairing:${p.id}`,
      kind: 'dormant_pairing' as const,
      // a pairing that never had a record is more often unlinked records than no work: a warning, not critical
      severity:
        p.monthsSinceLastRecord !== null && p.monthsSinceLastRecord >= 2 * months
          ? ('critical' as const)
          : ('warning' as const),
      ...dormantText({
        east: p.east.name,
        west: p.west.name,
        kind: PAIRING_KIND_LABELS[p.kind],
        months: p.monthsSinceLastRecord,
        threshold: months,
      }),
      pairingId: p.id,
      countyCode: p.countyCode,
      responsibleUnits: p.east.unitId ? [{ id: p.east.unitId, name: p.east.name }] : [],
      link: `/pairings/${p.id}`,
    }));
}

async function forUnits(c: Ctx): Promise<FoundWarning[]> {
  if (c.filter.counties) return [];
  const plan = await indicators.getPlan(c.ctx, c.actor, c.year);
  const codes = new Set(plan.indicators.flatMap((d) => d.responsibleUnits));
  const leads = new Set(await repo.groupLeadIds(c.ctx.db, c.actor.tenantId, c.year));
  const candidates = [...c.units.values()].filter(
    (u) =>
      u.isMember &&
      u.side === 'east' &&
      (codes.has(u.code) || leads.has(u.id)) &&
      (!c.unitIds || c.unitIds.includes(u.id)),
  );
  const last = await repo.lastRecordOn(
    c.ctx.db,
    c.actor.tenantId,
    c.year,
    c.asOf,
    candidates.map((u) => u.id),
  );
  const since = pairings.minusMonths(c.asOf, c.settings.dormantMonths);
  return candidates
    .filter((u) => !last.has(u.id) || last.get(u.id)! < since)
    .map((u) => ({
      id: `unit_inactive:${c.year}:${u.id}`,
      kind: 'unit_inactive' as const,
      severity: last.has(u.id) ? ('warning' as const) : ('critical' as const),
      ...inactiveText({ unitName: u.name, lastOn: last.get(u.id) ?? null, months: c.settings.dormantMonths }),
      responsibleUnits: [{ id: u.id, name: u.name }],
      link: `/ledger?year=${c.year}&unit=${u.id}`,
    }));
}

const FUNDS_KINDS: readonly WarningKind[] = ['fund_unreceived', 'fund_mismatch', 'fund_rule_override', 'finding_open'];

/** Money not received or not matching, overridden fund rules and open audit findings (the funds module's). */
const forFunds = (c: Ctx) =>
  fundsWarnings(c.ctx, c.actor.tenantId, {
    year: c.year,
    asOf: c.asOf,
    counties: c.filter.counties,
    unitIds: c.unitIds,
  });

const severityOrder = { critical: 0, warning: 1 } as const;

/**
 * Every warning in the caller's scope on a date: indicators behind, ratios short, claims waiting, disputes, dormant
 * pairings, idle units, overdue tasks and missing reports, and the funds' (money not received or not matching,
 * overridden rules, open findings).
 */
export async function list(ctx: AppContext, actor: Actor, q: WarningListQuery): Promise<WarningListDto> {
  const filter = warningFilter(actor, q);
  const year = await resolveYear(ctx, actor.tenantId, q.year);
  const asOf = q.asOf ?? (await defaultAsOf(ctx, actor.tenantId, year));
  const [settings, unitRows, counties] = await Promise.all([
    settingsOf(ctx, actor.tenantId),
    repo.listUnits(ctx.db, actor.tenantId),
    repo.listCounties(ctx.db, actor.tenantId),
  ]);
  const groupUnits = filter.group ? await repo.groupUnitIds(ctx.db, actor.tenantId, year, filter.group) : null;
  const unitIds = filter.unitId
    ? groupUnits && !groupUnits.includes(filter.unitId)
      ? []
      : [filter.unitId]
    : groupUnits;
  const c: Ctx = { ctx, actor, year, asOf, settings, filter, unitIds, units: new Map(unitRows.map((u) => [u.id, u])) };
  const countyNames = new Map(counties.map((x) => [x.code, x.name]));
  // a year without a plan has no indicators and no responsible units to judge: those parts are empty, not a 404
  const hasPlan = await repo.hasPlan(ctx.db, actor.tenantId, year);
  const wanted = (k: WarningKind) => !q.kind || q.kind === k;
  const parts = await Promise.all([
    hasPlan && (wanted('indicator_behind') || wanted('ratio_at_risk')) ? forIndicators(c) : [],
    wanted('awaiting_confirmation') ? forRecords(c, 'awaiting_confirmation', countyNames) : [],
    wanted('dispute_unresolved') ? forRecords(c, 'dispute_unresolved', countyNames) : [],
    wanted('dormant_pairing') ? forPairings(c) : [],
    hasPlan && wanted('unit_inactive') ? forUnits(c) : [],
    wanted('task_overdue') || wanted('task_report_missing')
      ? taskWarnings(ctx, actor, {
          year,
          asOf,
          filter,
          unitIds,
          kinds: new Set(['task_overdue', 'task_report_missing'].filter((k) => wanted(k as WarningKind))),
        })
      : [],
    FUNDS_KINDS.some(wanted) ? forFunds(c) : [],
  ]);
  const found = parts
    .flat()
    .filter((w) => wanted(w.kind))
    .sort(
      (a, b) =>
        severityOrder[a.severity] - severityOrder[b.severity] ||
        WARNING_KINDS.indexOf(a.kind) - WARNING_KINDS.indexOf(b.kind) ||
        a.id.localeCompare(b.id),
    );
  const orders = await supervision.ordersForWarnings(
    ctx,
    actor,
    found.map((w) => w.id),
  );
  const supervise = supervision.maySupervise(actor);
  const items: WarningDto[] = found.map((w) => ({ ...w, order: orders.get(w.id) ?? null, abilities: { supervise } }));
  return { year, asOf, hasPlan, items };
}
