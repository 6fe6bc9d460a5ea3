import { opt, type Label } from '../ledger/declarations';
import { LEVELS, PURPOSES } from '../ledger/types.funds';

/**
 * Funds and projects (资金项目): the words of the module, declared once. A project's category and level are the
 * purposes and levels the ledger's fund payments already carry, so a payment's ledger record inherits them.
 */

const values = <T extends readonly { value: string }[]>(opts: T) => opts.map((o) => o.value) as [string, ...string[]];

export const PROJECT_CATEGORIES = values(PURPOSES);
export const PROJECT_LEVELS = values(LEVELS);
export const PROJECT_CATEGORY_OPTIONS = PURPOSES;
export const PROJECT_LEVEL_OPTIONS = LEVELS;
/** Levels that count as county level or below (向基层倾斜). */
export const GRASSROOTS_LEVELS = ['county', 'township', 'village'] as const;

export const FUND_SOURCE_OPTIONS = [
  opt('fiscal', '财政援助资金', 'Fiscal assistance'),
  opt('social', '社会帮扶资金', 'Social funds'),
  opt('working', '工作经费', 'Working funds'),
] as const;
export const FUND_SOURCES = values(FUND_SOURCE_OPTIONS) as ['fiscal', 'social', 'working'];
export type FundSource = (typeof FUND_SOURCES)[number];

/** Typed expected outputs of a project (亩, 座, 人 …). */
export const OUTPUT_UNIT_OPTIONS = [
  opt('mu', '亩', 'mu'),
  opt('seat', '座', 'units (buildings)'),
  opt('person', '人', 'persons'),
  opt('household', '户', 'households'),
  opt('km', '公里', 'km'),
  opt('head', '头（只）', 'head'),
  opt('sqm', '平方米', 'm²'),
  opt('item', '个（套）', 'items'),
] as const;
export const OUTPUT_UNITS = values(OUTPUT_UNIT_OPTIONS);

/** How a project reaches poor households (利益联结机制). */
export const BENEFIT_LINK_OPTIONS = [
  opt('dividend', '资产收益分红', 'Dividend'),
  opt('employment', '务工就业', 'Employment'),
  opt('purchase_order', '订单收购', 'Purchase orders'),
  opt('trusteeship', '生产托管', 'Production trusteeship'),
  opt('equity', '股份合作', 'Equity cooperation'),
] as const;
export const BENEFIT_LINKS = values(BENEFIT_LINK_OPTIONS);

export const FINDING_KIND_OPTIONS = [
  opt('misuse', '挤占挪用资金', 'Funds diverted'),
  opt('idle', '资金闲置沉淀', 'Funds left idle'),
  opt('overpayment', '超进度、超计划拨付', 'Paid ahead of progress or plan'),
  opt('procurement', '招投标、采购不规范', 'Irregular tendering or procurement'),
  opt('vouchers', '会计凭证、手续不全', 'Vouchers or approvals missing'),
  opt('performance', '项目绩效未达预期', 'Performance short of plan'),
  opt('assets', '资产未确权或管护不到位', 'Assets not registered or maintained'),
  opt('other', '其他', 'Other'),
] as const;
export const FINDING_KINDS = values(FINDING_KIND_OPTIONS);

const labelOf = (opts: readonly { value: string; label: Label }[], v: string): Label =>
  opts.find((o) => o.value === v)?.label ?? { zh: v, en: v };
export const categoryLabel = (v: string) => labelOf(PURPOSES, v);
export const levelLabel = (v: string) => labelOf(LEVELS, v);
export const fundSourceLabel = (v: string) => labelOf(FUND_SOURCE_OPTIONS, v);
export const outputUnitLabel = (v: string) => labelOf(OUTPUT_UNIT_OPTIONS, v);
export const benefitLinkLabel = (v: string) => labelOf(BENEFIT_LINK_OPTIONS, v);
export const findingKindLabel = (v: string) => labelOf(FINDING_KIND_OPTIONS, v);
