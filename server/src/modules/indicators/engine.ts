import { completion, countyTarget, expectedShare, overallTarget, statusOf, type BaseRule, type IndicatorDecl, type IndicatorProgressDto, type ProgressCell } from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import { compileRule, type EvalScope, type RuleRow } from './engine.sql';

export type RuleResult = { total: { confirmed: number; claimed: number }; byCounty: Map<string, { confirmed: number; claimed: number }> };

/** Runs one compiled base rule. */
export async function evaluateRule(db: DbOrTx, rule: BaseRule, scope: EvalScope): Promise<RuleResult> {
  const res = await db.execute<RuleRow>(compileRule(rule, scope));
  const byCounty = new Map<string, { confirmed: number; claimed: number }>();
  let total = { confirmed: 0, claimed: 0 };
  for (const row of res.rows) {
    const v = { confirmed: Number(row.confirmed), claimed: Number(row.claimed) };
    if (row.county === null) total = v;
    else byCounty.set(row.county, v);
  }
  return { total, byCounty };
}

const pct = (n: number, d: number) => (d > 0 ? Math.round((n / d) * 1000) / 10 : 0);
const ZERO = { confirmed: 0, claimed: 0 };

type Values = { value: number; claimed: number; numerator?: number; denominator?: number };

function valuesOf(decl: IndicatorDecl, results: RuleResult[], county: string | null): Values {
  const pick = (r: RuleResult) => (county === null ? r.total : (r.byCounty.get(county) ?? ZERO));
  if (decl.rule.agg === 'ratio') {
    const [n, d] = results.map(pick) as [typeof ZERO, typeof ZERO];
    // claimed ratio: what the ratio would be if pending records were confirmed too
    return { value: pct(n.confirmed, d.confirmed), claimed: pct(n.confirmed + n.claimed, d.confirmed + d.claimed), numerator: n.confirmed, denominator: d.confirmed };
  }
  const v = pick(results[0]!);
  return { value: v.confirmed, claimed: v.claimed };
}

function cellOf(decl: IndicatorDecl, v: Values, target: number | null, share: number): ProgressCell {
  // ratios are judged on the ratio itself, without pacing; amounts and counts against the share of the year elapsed
  const expected = target === null ? null : decl.target.kind === 'ratio_min' ? target : Math.round(target * share * 100) / 100;
  return { target, ...v, completion: completion(v.value, target), expected, status: statusOf(decl.target.kind, target, v.value, expected) };
}

/** Evaluates one indicator for the scope: overall and per county, confirmed and claimed, against target and pace. */
export async function evaluateIndicator(db: DbOrTx, decl: IndicatorDecl, scope: EvalScope, counties: { code: string; name: string }[]): Promise<IndicatorProgressDto> {
  const rules = decl.rule.agg === 'ratio' ? [decl.rule.numerator, decl.rule.denominator] : [decl.rule];
  const results = await Promise.all(rules.map((r) => evaluateRule(db, r, scope)));
  const share = expectedShare(decl.pacing ?? { kind: 'linear' }, scope.year, scope.asOf);
  const inView = scope.county ? counties.filter((c) => c.code === scope.county) : counties;
  const overall = overallTarget(decl.target, inView.map((c) => c.code));
  const total = valuesOf(decl, results, null);
  if (decl.target.kind === 'qualitative') {
    // a qualitative task is done per county: the overall value is the number of counties that have it
    const done = (key: 'confirmed' | 'claimed') => inView.filter((c) => (results[0]!.byCounty.get(c.code)?.[key] ?? 0) >= (countyTarget(decl.target, c.code) ?? 1)).length;
    total.value = done('confirmed');
    total.claimed = done('claimed');
  }
  return {
    code: decl.code,
    name: decl.name,
    category: decl.category,
    unit: decl.unit,
    format: decl.format,
    group: decl.group,
    targetKind: decl.target.kind,
    ...cellOf(decl, total, decl.target.kind === 'qualitative' ? inView.length : overall, share),
    counties: inView.map((c) => ({ countyCode: c.code, countyName: c.name, ...cellOf(decl, valuesOf(decl, results, c.code), countyTarget(decl.target, c.code), share) })),
  };
}
