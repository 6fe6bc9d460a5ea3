import { DRILL_PARTS, DRILL_WHICH, type DrillPart, type DrillWhich } from '@xiezuo/domain';

/** What the URL holds for a progress view: year, as-of day, the scope, the indicator whose charts are open. */
export type DashboardFilters = {
  year: number | null;
  asOf: string | null;
  county: string | null;
  group: string | null;
  unit: string | null;
  /** Indicator shown in the trend and composition charts. */
  ind: string | null;
};

export type ScopeKey = 'county' | 'group' | 'unit';
/** A scope fixed by the page's path (`/dashboard/counties/:code`) rather than by a filter. */
export type FixedScope = { key: ScopeKey; id: string } | null;

export type { DrillPart, DrillWhich };

/** The open drill-down: which number of which indicator (and county), also in the URL so it can be shared. */
export type DrillState = { code: string; part: DrillPart; which: DrillWhich; county: string | null };

export type ProgressApiQuery = { asOf: string; county?: string; group?: string; unit?: string };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const COUNTY = /^\d{6}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CODE = /^[a-z_]+\.[a-z0-9_]+$/;
const GROUP = /^[\w-]{1,40}$/;

/** A calendar day as YYYY-MM-DD, or null when malformed or impossible (2019-02-30). */
export function validDay(v: string | null): string | null {
  const m = v ? DAY.exec(v) : null;
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === v ? v : null;
}

function validYear(v: string | null): number | null {
  const n = Number(v);
  return v && Number.isInteger(n) && n >= 2000 && n <= 2100 ? n : null;
}

const match = (v: string | null, re: RegExp) => (v && re.test(v) ? v : null);

/** Reads the filters from the URL, ignoring anything malformed; a path scope wins over the same filter. */
export function parseDashboardParams(p: URLSearchParams, fixed: FixedScope = null): DashboardFilters {
  const f: DashboardFilters = {
    year: validYear(p.get('year')),
    asOf: validDay(p.get('asOf')),
    county: match(p.get('county'), COUNTY),
    group: match(p.get('group'), GROUP),
    unit: match(p.get('unit'), UUID),
    ind: match(p.get('ind'), CODE),
  };
  if (fixed) f[fixed.key] = fixed.id;
  // an as-of day outside the year is meaningless for that year's plan
  if (f.year !== null && f.asOf !== null && !f.asOf.startsWith(`${f.year}-`)) f.asOf = null;
  return f;
}

/** Reads the open drill-down from the URL. */
export function parseDrill(p: URLSearchParams): DrillState | null {
  const code = match(p.get('drill'), CODE);
  if (!code) return null;
  const part = DRILL_PARTS.find((x) => x === p.get('part')) ?? 'value';
  const which = DRILL_WHICH.find((x) => x === p.get('which')) ?? 'confirmed';
  return { code, part, which, county: match(p.get('dc'), COUNTY) };
}

/** The URL patch that opens (or, with null, closes) a drill-down. */
export function drillPatch(d: DrillState | null): Record<string, string | null> {
  if (!d) return { drill: null, part: null, which: null, dc: null };
  return {
    drill: d.code,
    part: d.part === 'value' ? null : d.part,
    which: d.which === 'confirmed' ? null : d.which,
    dc: d.county,
  };
}

/** A day clipped into the year: before it → 1 January, after it → 31 December. */
export function clipToYear(day: string, year: number): string {
  if (day < `${year}-01-01`) return `${year}-01-01`;
  if (day > `${year}-12-31`) return `${year}-12-31`;
  return day;
}

/** The as-of day in effect: the one in the URL, else today clipped to the year. */
export function effectiveAsOf(f: Pick<DashboardFilters, 'asOf'>, year: number, today: string): string {
  return f.asOf ?? clipToYear(today, year);
}

/** Quarter ends of the year, offered as quick picks (the demo's 2019-09-30 is the third). */
export function quarterEnds(year: number): string[] {
  return [`${year}-03-31`, `${year}-06-30`, `${year}-09-30`, `${year}-12-31`];
}

/** The last day of every month from January up to the month before `asOf`, then `asOf` itself: the trend's points. */
export function monthEnds(year: number, asOf: string): string[] {
  const out: string[] = [];
  for (let m = 1; m <= 12; m++) {
    const end = new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
    if (end >= asOf) break;
    out.push(end);
  }
  out.push(asOf);
  return out;
}

/** The API query of `GET /api/plans/:year/progress` for the filters. */
export function progressQuery(f: DashboardFilters, asOf: string): ProgressApiQuery {
  const q: ProgressApiQuery = { asOf };
  if (f.county) q.county = f.county;
  if (f.group) q.group = f.group;
  if (f.unit) q.unit = f.unit;
  return q;
}

/** The search string of a link that reproduces the view exactly (year and as-of day made explicit). */
export function shareSearch(p: URLSearchParams, year: number, asOf: string): string {
  const next = new URLSearchParams(p);
  next.set('year', String(year));
  next.set('asOf', asOf);
  return `?${next.toString()}`;
}

/** The query string a scoped page's links carry: year and day, so moving between views keeps the date. */
export function carrySearch(f: Pick<DashboardFilters, 'year' | 'asOf'>): string {
  const next = new URLSearchParams();
  if (f.year !== null) next.set('year', String(f.year));
  if (f.asOf) next.set('asOf', f.asOf);
  const s = next.toString();
  return s ? `?${s}` : '';
}
