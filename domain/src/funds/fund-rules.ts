import { z } from 'zod';
import type { IndicatorDecl } from '../plans/catalog';

/**
 * The portfolio rules checked before approval: the year plan's two ratio indicators on fiscal money, industry share
 * (≥ 50 %) and the share for livelihoods at county level or below (≥ 80 %). The server evaluates them with the
 * engine's own rules; this file only names them and judges a before/after pair.
 */
export const FUND_RULES = {
  industryShare: 'industry.funds_to_industry_share',
  grassrootsLivelihoodShare: 'funds.livelihood_grassroots_share',
} as const;
export type FundRule = keyof typeof FUND_RULES;
export const FUND_RULE_KEYS = Object.keys(FUND_RULES) as FundRule[];

/** A rule's threshold as a fraction, from its indicator's ratio target (null when the plan sets none). */
export function thresholdOf(decl: Pick<IndicatorDecl, 'target'> | undefined): number | null {
  if (!decl || decl.target.kind !== 'ratio_min' || decl.target.overall === null) return null;
  return decl.target.overall / 100;
}

/**
 * Whether a change breaks a rule: the share after is below the threshold and lower than before (approving what
 * keeps a share below its threshold but raises it does not break it further).
 */
export function breaks(before: number | null, after: number | null, threshold: number | null): boolean {
  if (threshold === null || after === null) return false;
  return after < threshold - 1e-9 && (before === null || after < before - 1e-9);
}

const share = z.number().min(0).max(1).nullable();
export const shares = z.object({ industryShare: share, grassrootsLivelihoodShare: share });
export type Shares = z.infer<typeof shares>;
export const countyShares = shares.extend({ countyCode: z.string(), countyName: z.string() });

export const fundRulesQuery = z.object({
  county: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  whatIfProject: z.uuid().optional(),
  whatIfPayment: z.uuid().optional(),
  whatIfAdjustment: z.uuid().optional(),
});
export type FundRulesQuery = z.infer<typeof fundRulesQuery>;

export const ruleBreakDto = z.object({
  rule: z.enum(['industryShare', 'grassrootsLivelihoodShare']),
  countyCode: z.string().nullable(),
  before: share,
  after: share,
  threshold: z.number(),
});
export type RuleBreak = z.infer<typeof ruleBreakDto>;

/**
 * GET /api/fund-rules/:year: the district's and each county's shares of fiscal money paid (confirmed and awaiting
 * the county's confirmation), as fractions 0–1 (null with no money). With a what-if, `district` and `counties` are
 * the shares after that approval, `before` the shares now, and `breaks` the rules it would break.
 */
export const fundRulesDto = z.object({
  year: z.number().int(),
  asOf: z.string(),
  thresholds: shares,
  district: shares,
  counties: z.array(countyShares),
  whatIf: z
    .object({ kind: z.enum(['project', 'payment', 'adjustment']), id: z.string(), title: z.string() })
    .nullable(),
  before: z.object({ district: shares, counties: z.array(countyShares) }).nullable(),
  breaks: z.array(ruleBreakDto),
});
export type FundRulesDto = z.infer<typeof fundRulesDto>;
