import { documentDate, type IndicatorDecl, type ProgressDto, type ReportScope } from '@xiezuo/domain';
import type { Actor, AppContext } from '../../http/context';
import { AppError } from '../../http/app-error';
import * as indicators from '../progress/progress.service';
import * as org from '../org/org.service';
import type { Facts } from './placeholders';
import * as repo from './reports.repository';

/** Everything a report of a year and scope is written from. */
export type ReportData = {
  year: number;
  asOf: string;
  scope: ReportScope;
  scopeLabel: string;
  progress: ProgressDto;
  decls: IndicatorDecl[];
  counties: { code: string; name: string }[];
  facts: Facts;
  /** Who signs the document (落款) and in whose name its properties are written. */
  issuer: string;
  /** The part of a plan the scope answers for (a group's indicators, a unit's tasks). */
  slice: PlanSlice;
};

const ALL_NOTABLE_TYPES = [
  'secondment',
  'donation',
  'industry_base',
  'facility',
  'consumption_purchase',
  'student_programme',
  'promotion_event',
  'article',
];

/** 夏河县 → 夏河 (as the speech writes "夏河学生"); two-character names keep their 县. */
const shortCounty = (name: string) => (name.length > 2 && name.endsWith('县') ? name.slice(0, -1) : name);
const inner = (s: string) => /（([^）]+)）/.exec(s)?.[1] ?? null;

/** Narrows a plan to a working group's indicators or to those a member unit (by code) is responsible for. */
export type PlanSlice = { group?: string; unitCode?: string };

/** A year's indicator declarations (the plan), narrowed to a slice; null when the year has no plan. */
export async function planDecls(
  ctx: AppContext,
  actor: Actor,
  year: number,
  slice: PlanSlice = {},
): Promise<IndicatorDecl[] | null> {
  try {
    const plan = await indicators.getPlan(ctx, actor, year);
    return (plan.indicators as IndicatorDecl[]).filter(
      (d) =>
        (!slice.group || d.group === slice.group) && (!slice.unitCode || d.responsibleUnits.includes(slice.unitCode)),
    );
  } catch (e) {
    if (e instanceof AppError && e.code === 'NOT_FOUND') return null;
    throw e;
  }
}

/** "以……为代表的企业" needs an enterprise: a donor named like one (集团, 公司 …), not "职工捐款". */
const ENTERPRISE = /(集团|公司|企业|商会|银行|厂)/;

async function notables(
  ctx: AppContext,
  s: repo.NotableScope,
): Promise<{ strings: Map<string, string>; countyLeaders: number }> {
  const out = new Map<string, string>();
  const put = (k: string, v: unknown) => typeof v === 'string' && v && out.set(`notable.${k}`, v);
  const [largest, promos, pub, donors, countyLeaders] = await Promise.all([
    repo.largestRecords(ctx.db, s),
    repo.promotionTitles(ctx.db, s, 3),
    repo.publicity(ctx.db, s),
    repo.topDonors(ctx.db, s, 10),
    repo.countyLeadersSent(ctx.db, s),
  ]);
  put(
    'top_donor',
    donors.find((d) => ENTERPRISE.test(d)),
  );
  for (const r of largest) {
    const a = r.attrs;
    if (r.type_code === 'industry_base') {
      put('industry_base', a.name);
      put('industry_product', a.product);
    }
    if (r.type_code === 'consumption_purchase') put('consumption_buyer', a.buyer);
    if (r.type_code === 'facility' && r.kind === 'sales_outlet') put('sales_outlet', a.name);
    if (r.type_code === 'facility' && r.kind === 'labour_station') put('labour_station', a.name);
    if (r.type_code === 'facility' && r.kind === 'leader_base' && r.county_name)
      put('leader_base_county', r.county_name);
    if (r.type_code === 'student_programme') {
      if (r.county_name) put('students_county', shortCounty(r.county_name));
      put('students_school', r.school_name ?? inner(String(a.programme ?? '')) ?? a.programme);
    }
  }
  if (promos.length) put('promotion_events', promos.join('和'));
  put('newspaper_article', pub.newspaper?.title);
  put('newspaper_outlet', pub.newspaper?.outlet);
  if (pub.units.length) put('publicity_units', pub.units.join('、'));
  return { strings: out, countyLeaders };
}

type ScopeNames = { label: string; slice: PlanSlice; unit?: string; county?: string };

/** The scope's name and the plan slice it reads; 404 for a group or unit the tenant does not have. */
function scopeNames(
  scope: ReportScope,
  overview: Awaited<ReturnType<typeof org.overview>> | null,
  countyName: (code: string) => string,
  tenant: string,
): ScopeNames {
  switch (scope.kind) {
    case 'district':
      return { label: tenant, slice: {} };
    case 'county':
      return { label: countyName(scope.county), slice: {}, county: scope.county };
    case 'group': {
      const g = overview?.workingGroups.find((x) => x.code === scope.group);
      if (!g) throw new AppError('NOT_FOUND');
      return { label: g.name, slice: { group: scope.group } };
    }
    case 'unit': {
      const u = overview?.units.find((x) => x.id === scope.unit);
      if (!u) throw new AppError('NOT_FOUND');
      return { label: u.name, slice: { unitCode: u.code }, unit: u.id };
    }
    default: {
      const never: never = scope;
      return never;
    }
  }
}

/** The words a template's fixed placeholders take for a scope (who did the work, what it is called). */
function scopeStrings(scope: ReportScope, label: string, tenant: string): Record<string, string> {
  const byKind = {
    district: { title: tenant, focus: '全区', author: tenant, effort: '全区通力协作' },
    county: {
      title: `${tenant}对口帮扶${label}`,
      focus: `对${label}的`,
      author: tenant,
      effort: `全区对口帮扶${label}通力协作`,
    },
    group: { title: `${tenant}${label}`, focus: `${label}牵头的`, author: label, effort: `${label}通力协作` },
    unit: { title: `${tenant}${label}`, focus: `${label}承担的`, author: label, effort: `${label}积极作为` },
  }[scope.kind];
  return {
    scope_title: byKind.title,
    scope_focus: byKind.focus,
    author: byKind.author,
    scope_effort: byKind.effort,
  };
}

/** Who signs a report: the leadership group's office for the district and a county, else the group or the unit. */
function issuerOf(scope: ReportScope, label: string, overview: Awaited<ReturnType<typeof org.overview>> | null) {
  if (scope.kind === 'group' || scope.kind === 'unit') return label;
  return overview?.leadership ? `${overview.leadership.name}办公室` : label;
}

/** Gathers the indicator values, organisation counts and notable records of a year for one scope. */
export async function loadReportData(
  ctx: AppContext,
  actor: Actor,
  year: number,
  scope: ReportScope,
  asOfIn?: string,
): Promise<ReportData> {
  const overview = await org.overview(ctx, actor, year);
  const tenant = actor.tenantName;
  const countyOf = (code: string) => overview.counties.find((c) => c.code === code)?.name ?? code;
  const names = scopeNames(scope, overview, countyOf, tenant);
  const [progress, decls, lastYear] = await Promise.all([
    indicators.progress(ctx, actor, year, {
      asOf: asOfIn,
      county: names.county,
      group: names.slice.group,
      unit: names.unit,
    }),
    planDecls(ctx, actor, year, names.slice),
    planDecls(ctx, actor, year - 1),
  ]);
  const counties = progress.items[0]?.counties.map((c) => ({ code: c.countyCode, name: c.countyName })) ?? [];

  const numbers: Facts['numbers'] = new Map(progress.items.map((i) => [i.code, { value: i.value, format: i.format }]));
  if (scope.kind === 'district') {
    numbers.set('org.member_units', { value: overview.leadership?.memberUnitIds.length ?? 0, format: 'count' });
    numbers.set('org.working_groups', { value: overview.workingGroups.length, format: 'count' });
  }
  const rules = (decls ?? []).flatMap((d) =>
    d.rule.agg === 'ratio' ? [d.rule.numerator, d.rule.denominator] : [d.rule],
  );
  const types =
    scope.kind === 'group' ? [...new Set(rules.flatMap((r) => ('types' in r ? r.types : [])))] : ALL_NOTABLE_TYPES;
  const { strings, countyLeaders } = await notables(ctx, {
    tenantId: actor.tenantId,
    year,
    asOf: progress.asOf,
    county: names.county,
    unit: names.unit,
    types,
  });
  numbers.set('notable.county_leaders', { value: countyLeaders, format: 'count' });
  const fixed: Record<string, string> = {
    year: String(year),
    tenant,
    scope_name: names.label,
    ...scopeStrings(scope, names.label, tenant),
    // the first year the platform holds a plan for is the start of the three-year action; later years build on it
    achievement: lastYear ? '推动脱贫攻坚取得新成效' : '实现脱贫攻坚良好开局',
    counties: names.county ? names.label : `${counties.length}个受援县`,
    county_count: String(names.county ? 1 : counties.length),
    as_of: documentDate(progress.asOf),
  };
  for (const [k, v] of Object.entries(fixed)) strings.set(k, v);
  return {
    year,
    asOf: progress.asOf,
    scope,
    scopeLabel: names.label,
    progress,
    decls: decls ?? [],
    counties,
    facts: { numbers, strings },
    issuer: issuerOf(scope, names.label, overview),
    slice: names.slice,
  };
}
