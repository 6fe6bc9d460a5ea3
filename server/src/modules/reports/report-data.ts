import type { IndicatorDecl, ProgressDto, ReportScope } from '@xiezuo/domain';
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

const cnDate = (iso: string) => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
/** 夏河县 → 夏河 (as the speech writes "夏河学生"); two-character names keep their 县. */
const shortCounty = (name: string) => (name.length > 2 && name.endsWith('县') ? name.slice(0, -1) : name);
const inner = (s: string) => /（([^）]+)）/.exec(s)?.[1] ?? null;

/** A year's indicator declarations (the plan), narrowed to a working group; null when the year has no plan. */
export async function planDecls(
  ctx: AppContext,
  actor: Actor,
  year: number,
  group?: string,
): Promise<IndicatorDecl[] | null> {
  try {
    const plan = await indicators.getPlan(ctx, actor, year);
    return (plan.indicators as IndicatorDecl[]).filter((d) => !group || d.group === group);
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
  put('newspaper_article', pub.newspaper);
  if (pub.units.length) put('publicity_units', pub.units.join('、'));
  return { strings: out, countyLeaders };
}

/** Gathers the indicator values, organisation counts and notable records of a year for one scope. */
export async function loadReportData(
  ctx: AppContext,
  actor: Actor,
  year: number,
  scope: ReportScope,
  asOfIn?: string,
): Promise<ReportData> {
  const county = scope.kind === 'county' ? scope.county : undefined;
  const group = scope.kind === 'group' ? scope.group : undefined;
  const overview = scope.kind === 'county' ? null : await org.overview(ctx, actor, year);
  const groupRow = group ? overview?.workingGroups.find((g) => g.code === group) : undefined;
  if (group && !groupRow) throw new AppError('NOT_FOUND');
  const [progress, decls] = await Promise.all([
    indicators.progress(ctx, actor, year, { asOf: asOfIn, county, group }),
    planDecls(ctx, actor, year, group),
  ]);
  const counties = progress.items[0]?.counties.map((c) => ({ code: c.countyCode, name: c.countyName })) ?? [];
  const countyName = county ? (counties.find((c) => c.code === county)?.name ?? county) : '';
  const tenant = actor.tenantName;
  const scopeLabel = scope.kind === 'district' ? tenant : scope.kind === 'county' ? countyName : groupRow!.name;

  const numbers: Facts['numbers'] = new Map(progress.items.map((i) => [i.code, { value: i.value, format: i.format }]));
  // a qualitative indicator's value counts the counties that have it; `<code>_cases` is what was done (远程会诊 14 例)
  for (const i of progress.items.filter((x) => x.targetKind === 'qualitative'))
    numbers.set(`${i.code}_cases`, { value: i.counties.reduce((s, c) => s + c.value, 0), format: i.format });
  if (scope.kind === 'district' && overview) {
    numbers.set('org.member_units', { value: overview.leadership?.memberUnitIds.length ?? 0, format: 'count' });
    numbers.set('org.working_groups', { value: overview.workingGroups.length, format: 'count' });
  }
  const rules = (decls ?? []).flatMap((d) =>
    d.rule.agg === 'ratio' ? [d.rule.numerator, d.rule.denominator] : [d.rule],
  );
  const types = group ? [...new Set(rules.flatMap((r) => ('types' in r ? r.types : [])))] : ALL_NOTABLE_TYPES;
  const { strings, countyLeaders } = await notables(ctx, {
    tenantId: actor.tenantId,
    year,
    asOf: progress.asOf,
    county,
    types,
  });
  numbers.set('notable.county_leaders', { value: countyLeaders, format: 'count' });
  const fixed: [string, string][] = [
    ['year', String(year)],
    ['tenant', tenant],
    [
      'scope_title',
      scope.kind === 'district'
        ? tenant
        : scope.kind === 'county'
          ? `${tenant}对口帮扶${countyName}`
          : `${tenant}${scopeLabel}`,
    ],
    ['scope_name', scopeLabel],
    [
      'scope_focus',
      scope.kind === 'district' ? '全区' : scope.kind === 'county' ? `对${countyName}的` : `${scopeLabel}牵头的`,
    ],
    ['counties', county ? countyName : `${counties.length}个受援县`],
    ['county_count', String(county ? 1 : counties.length)],
    ['as_of', cnDate(progress.asOf)],
  ];
  for (const [k, v] of fixed) strings.set(k, v);
  return {
    year,
    asOf: progress.asOf,
    scope,
    scopeLabel,
    progress,
    decls: decls ?? [],
    counties,
    facts: { numbers, strings },
  };
}
