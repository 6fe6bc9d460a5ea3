import { asOfInYear } from '../settings/working-date.service';
import { sql } from 'drizzle-orm';
import {
  breaks,
  coreIndicators,
  FUND_RULE_KEYS,
  FUND_RULES,
  thresholdOf,
  type BaseRule,
  type FundRule,
  type FundRulesDto,
  type IndicatorDecl,
  type RuleBreak,
  type Shares,
} from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import type { Actor, AppContext } from '../../http/context';
import { AppError } from '../../http/app-error';
import { evaluateRules, type RuleResult } from '../progress/engine';
import * as progress from '../progress/progress.service';
import { fundsScope } from './funds.policy';
import * as names from './funds-names.repository';

/**
 * The two fund rules, evaluated by the engine itself: the year plan's ratio indicators (their rules and targets,
 * falling back to the catalog's when the plan lacks them) over the ledger's fund payments, confirmed and awaiting
 * confirmation (money paid). A what-if adds hypothetical records — what approving a project, a payment or an
 * adjustment would pay — evaluated by the same compiled rules over a relation of records-shaped rows.
 */

/** A hypothetical ledger record for a what-if: fiscal money paid to a county for a purpose at a level. */
export type WhatIfRow = { countyCode: string; fundKind: string; purpose: string; level: string; amountFen: number };
export type WhatIf = { kind: 'project' | 'payment' | 'adjustment'; id: string; title: string; rows: WhatIfRow[] };

type RuleDecls = Record<FundRule, { decl: IndicatorDecl; threshold: number | null }>;

/** The rules' declarations for a year: the plan's when it has them, else the catalog's (without a threshold). */
let catalogDecls: IndicatorDecl[] | undefined;
const catalog = () => (catalogDecls ??= coreIndicators(false));

async function ruleDecls(ctx: AppContext, tenantId: string, year: number): Promise<RuleDecls> {
  const planned = await progress.declarationsOf(ctx, tenantId, year, Object.values(FUND_RULES));
  const out = {} as RuleDecls;
  for (const key of FUND_RULE_KEYS) {
    const inPlan = planned.find((d) => d.code === FUND_RULES[key]);
    const decl = inPlan ?? catalog().find((d) => d.code === FUND_RULES[key])!;
    out[key] = { decl, threshold: inPlan ? thresholdOf(inPlan) : null };
  }
  return out;
}

const baseRules = (d: RuleDecls): BaseRule[] =>
  FUND_RULE_KEYS.flatMap((k) => {
    const r = d[k].decl.rule;
    if (r.agg !== 'ratio') throw new Error(`${FUND_RULES[k]} is not a ratio`);
    return [r.numerator, r.denominator];
  });

type Sums = Map<string | null, number[]>; // county (null: district) → [num, den, num, den] money paid

function sumsOf(results: RuleResult[], into: Sums = new Map(), sign = 1): Sums {
  results.forEach((r, i) => {
    const add = (key: string | null, v: { confirmed: number; claimed: number }) => {
      const row = into.get(key) ?? [0, 0, 0, 0];
      row[i] = (row[i] ?? 0) + sign * (v.confirmed + v.claimed);
      into.set(key, row);
    };
    add(null, r.total);
    for (const [county, v] of r.byCounty) add(county, v);
  });
  return into;
}

const ratio = (n: number, d: number) => (d > 0 ? Math.max(0, Math.min(1, n / d)) : null);
const sharesOf = (row: number[] | undefined): Shares => ({
  industryShare: row ? ratio(row[0]!, row[1]!) : null,
  grassrootsLivelihoodShare: row ? ratio(row[2]!, row[3]!) : null,
});

/** The hypothetical rows as a relation of the records row type, so the compiled rules read them like the ledger. */
function relationOf(tenantId: string, year: number, rows: WhatIfRow[]) {
  const json = JSON.stringify(
    rows.map((r) => ({
      tenant_id: tenantId,
      type_code: 'fund_payment',
      year,
      occurred_on: `${year}-01-01`,
      county_code: r.countyCode,
      status: 'confirmed',
      amount_fen: r.amountFen,
      attrs: { fundKind: r.fundKind, purpose: r.purpose, level: r.level, amountFen: r.amountFen },
    })),
  );
  return sql`jsonb_populate_recordset(null::records, ${json}::jsonb)`;
}

/** "Now" for a year: the tenant's working date (工作日期) within it, else the year's last day. */
export const asOfFor = (db: DbOrTx, tenantId: string, year: number) => asOfInYear(db, tenantId, year);

/** The district's and the counties' shares now and, with a what-if, after it; and the rules it would break. */
export async function evaluateFundRules(
  ctx: AppContext,
  actor: Actor,
  year: number,
  opts: { county?: string; whatIf?: WhatIf | null | Promise<WhatIf | null>; db?: DbOrTx } = {},
): Promise<FundRulesDto> {
  const db = opts.db ?? ctx.db;
  const scope = fundsScope(actor);
  if (opts.county && scope.kind === 'counties' && !scope.counties.includes(opts.county))
    throw new AppError('FORBIDDEN');
  const asOf = await asOfFor(db, actor.tenantId, year);
  const [decls, counties, whatIf] = await Promise.all([
    ruleDecls(ctx, actor.tenantId, year),
    names.listCounties(db, actor.tenantId),
    opts.whatIf ?? null,
  ]);
  const rules = baseRules(decls);
  const evalScope = { tenantId: actor.tenantId, year, asOf };
  // the ledger now and the what-if's hypothetical records, evaluated side by side by the same compiled rules
  const [now, extra] = await Promise.all([
    evaluateRules(db, rules, evalScope),
    whatIf?.rows.length
      ? evaluateRules(db, rules, evalScope, { relation: relationOf(actor.tenantId, year, whatIf.rows) })
      : null,
  ]);
  const before = sumsOf(now);
  const after = extra ? sumsOf(extra, new Map([...before].map(([k, v]) => [k, [...v]]))) : before;
  const visible = counties.filter(
    (c) => (scope.kind === 'all' || scope.counties.includes(c.code)) && (!opts.county || c.code === opts.county),
  );
  const countyRows = (s: Sums) =>
    visible.map((c) => ({ countyCode: c.code, countyName: c.name, ...sharesOf(s.get(c.code)) }));
  const thresholds = {
    industryShare: decls.industryShare.threshold,
    grassrootsLivelihoodShare: decls.grassrootsLivelihoodShare.threshold,
  };
  const broken: RuleBreak[] = [];
  if (whatIf) {
    const touched = [null, ...new Set(whatIf.rows.map((r) => r.countyCode))];
    for (const county of touched)
      for (const rule of FUND_RULE_KEYS) {
        const b = sharesOf(before.get(county))[rule];
        const a = sharesOf(after.get(county))[rule];
        const threshold = thresholds[rule];
        if (threshold !== null && breaks(b, a, threshold))
          broken.push({ rule, countyCode: county, before: b, after: a, threshold });
      }
  }
  return {
    year,
    asOf,
    thresholds,
    district: sharesOf(after.get(null)),
    counties: countyRows(after),
    whatIf: whatIf ? { kind: whatIf.kind, id: whatIf.id, title: whatIf.title } : null,
    before: whatIf ? { district: sharesOf(before.get(null)), counties: countyRows(before) } : null,
    breaks: broken,
  };
}
