import {
  completion,
  countyTarget,
  expectedShare,
  isDistrictOnly,
  overallTarget,
  statusOf,
  type BaseRule,
  type IndicatorDecl,
  type IndicatorProgressDto,
  type ProgressCell,
} from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import type { SQL } from 'drizzle-orm';
import {
  compileBatch,
  compilePersonRollupBatch,
  compileRollupBatch,
  queryBatch,
  queryRule,
  usesRollup,
  type BatchCompiler,
  type EvalScope,
  type RecordRule,
} from './engine.repository';

export type RuleResult = {
  total: { confirmed: number; claimed: number };
  byCounty: Map<string, { confirmed: number; claimed: number }>;
};

/** Runs one compiled base rule. */
export async function evaluateRule(db: DbOrTx, rule: BaseRule, scope: EvalScope): Promise<RuleResult> {
  const byCounty = new Map<string, { confirmed: number; claimed: number }>();
  let total = { confirmed: 0, claimed: 0 };
  for (const row of await queryRule(db, rule, scope)) {
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
    return {
      value: pct(n.confirmed, d.confirmed),
      claimed: pct(n.confirmed + n.claimed, d.confirmed + d.claimed),
      numerator: n.confirmed,
      denominator: d.confirmed,
    };
  }
  const v = pick(results[0]!);
  return { value: v.confirmed, claimed: v.claimed };
}

function cellOf(decl: IndicatorDecl, v: Values, target: number | null, share: number): ProgressCell {
  // ratios are judged on the ratio itself, without pacing; amounts and counts against the share of the year elapsed
  const expected =
    target === null ? null : decl.target.kind === 'ratio_min' ? target : Math.round(target * share * 100) / 100;
  return {
    target,
    ...v,
    completion: completion(v.value, target),
    expected,
    status: statusOf(decl.target.kind, target, v.value, expected),
  };
}

/** The base rules an indicator's value comes from: its rule, or a ratio's numerator and denominator. */
export const rulesOf = (d: IndicatorDecl): BaseRule[] =>
  d.rule.agg === 'ratio' ? [d.rule.numerator, d.rule.denominator] : [d.rule];

/** Spreads the c{j} / p{j} columns of a batch query's rows over the batch's rules. */
function spread(rows: Record<string, number | string | null>[], idx: number[], results: RuleResult[]) {
  idx.forEach((ruleIndex, j) => {
    const byCounty = new Map<string, { confirmed: number; claimed: number }>();
    let total = { confirmed: 0, claimed: 0 };
    for (const row of rows) {
      const v = { confirmed: Number(row[`c${j}`]), claimed: Number(row[`p${j}`]) };
      if (row.county === null) total = v;
      else byCounty.set(String(row.county), v);
    }
    results[ruleIndex] = { total, byCounty };
  });
}

/**
 * Evaluates every base rule of a plan with as few queries as possible. Rules the monthly roll-ups can answer go into
 * two queries (sums and counts; distinct persons); the others share one ledger scan per set of record types (sums
 * and counts in one, distinct persons in another); pairing and agreement counts run on their own. With `relation`
 * the record rules are evaluated over that relation of records-shaped rows instead of the ledger (what-ifs).
 */
export async function evaluateRules(
  db: DbOrTx,
  rules: BaseRule[],
  scope: EvalScope,
  opts: { rollups?: boolean; relation?: SQL } = {},
): Promise<RuleResult[]> {
  const results: RuleResult[] = new Array(rules.length);
  const batches = new Map<string, number[]>();
  const singles: number[] = [];
  const rolled = { records: [] as number[], persons: [] as number[] };
  rules.forEach((r, i) => {
    if (r.agg === 'pairings' || r.agg === 'agreements') return singles.push(i);
    if (opts.rollups !== false && !opts.relation && usesRollup(r))
      return (r.agg === 'distinct_persons' ? rolled.persons : rolled.records).push(i);
    const key = `${r.agg === 'distinct_persons' ? 'persons' : 'records'}:${[...(r as RecordRule).types].sort().join(',')}`;
    batches.set(key, [...(batches.get(key) ?? []), i]);
  });
  const run = async (idx: number[], compile: BatchCompiler, totalOnlyForOneCounty = false) => {
    if (!idx.length) return;
    const rows = await queryBatch(
      db,
      compile,
      idx.map((i) => rules[i] as RecordRule),
      scope,
    );
    spread(rows, idx, results);
    // the roll-up queries return only the total when one county is in scope: it is that county's figure
    if (scope.county && totalOnlyForOneCounty)
      for (const i of idx) results[i]!.byCounty.set(scope.county, results[i]!.total);
  };
  await Promise.all([
    ...singles.map(async (i) => (results[i] = await evaluateRule(db, rules[i]!, scope))),
    run(rolled.records, compileRollupBatch, true),
    run(rolled.persons, compilePersonRollupBatch, true),
    ...[...batches.values()].map((idx) => run(idx, (rs, s) => compileBatch(rs, s, opts.relation))),
  ]);
  return results;
}

/** Evaluates a whole plan for the scope. */
export async function evaluatePlan(
  db: DbOrTx,
  decls: IndicatorDecl[],
  scope: EvalScope,
  counties: { code: string; name: string }[],
): Promise<IndicatorProgressDto[]> {
  const all = decls.map(rulesOf);
  const flat = await evaluateRules(db, all.flat(), scope);
  let at = 0;
  return decls.map((d, i) => {
    const mine = flat.slice(at, at + all[i]!.length);
    at += all[i]!.length;
    return buildProgress(d, mine, scope, counties);
  });
}

/** Evaluates one indicator for the scope: overall and per county, confirmed and claimed, against target and pace. */
export async function evaluateIndicator(
  db: DbOrTx,
  decl: IndicatorDecl,
  scope: EvalScope,
  counties: { code: string; name: string }[],
): Promise<IndicatorProgressDto> {
  return buildProgress(decl, await evaluateRules(db, rulesOf(decl), scope), scope, counties);
}

function buildProgress(
  decl: IndicatorDecl,
  results: RuleResult[],
  scope: EvalScope,
  counties: { code: string; name: string }[],
): IndicatorProgressDto {
  const share = expectedShare(decl.pacing ?? { kind: 'linear' }, scope.year, scope.asOf);
  const inView = scope.county ? counties.filter((c) => c.code === scope.county) : counties;
  // one county is judged on its own target (its figure, its share); a district-only target does not apply to it
  const overall = scope.county
    ? countyTarget(decl.target, scope.county)
    : overallTarget(
        decl.target,
        inView.map((c) => c.code),
      );
  const total = valuesOf(decl, results, null);
  if (decl.target.kind === 'qualitative') {
    // a qualitative task is done per county: the overall value is the number of counties that have it
    const done = (key: 'confirmed' | 'claimed') =>
      inView.filter((c) => (results[0]!.byCounty.get(c.code)?.[key] ?? 0) >= (countyTarget(decl.target, c.code) ?? 1))
        .length;
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
    isTargetDistrictOnly: Boolean(scope.county) && isDistrictOnly(decl.target),
    ...cellOf(decl, total, decl.target.kind === 'qualitative' ? inView.length : overall, share),
    counties: inView.map((c) => ({
      countyCode: c.code,
      countyName: c.name,
      ...cellOf(decl, valuesOf(decl, results, c.code), countyTarget(decl.target, c.code), share),
    })),
  };
}
