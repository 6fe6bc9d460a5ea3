import {
  INDICATOR_CATEGORIES,
  TARGET_KINDS,
  type IndicatorCategory,
  type TargetKind,
  type ValueFormat,
} from '@xiezuo/domain';
import { byLabel, mapHeader, missingColumns, normaliseLabel, type SheetColumn } from '../../../lib/xlsx/xlsx-columns';

export type CatalogColumnKey =
  | 'code'
  | 'nameZh'
  | 'nameEn'
  | 'category'
  | 'unitZh'
  | 'unitEn'
  | 'format'
  | 'group'
  | 'responsibleUnits'
  | 'agg'
  | 'types'
  | 'measure'
  | 'filters'
  | 'sentence'
  | 'ruleJson'
  | 'targetKind'
  | 'overall'
  | 'perCounty'
  | 'pacing'
  | 'milestones'
  | 'evidence'
  | 'status'
  | 'version';

/** A catalog column; `read` columns are what an import uses, the others are written for people and ignored on the way back. */
export type CatalogColumn = SheetColumn<CatalogColumnKey> & { hint: string; read: boolean };

/** The catalog sheet's columns, in order; the county target columns follow `perCounty` (one per assisted county). */
export const CATALOG_COLUMNS: readonly CatalogColumn[] = [
  {
    key: 'code',
    zh: '指标代码',
    en: 'Code',
    width: 34,
    read: true,
    hint: '必填，如 labour.employed_in_tianjin；方案内唯一，已有代码则更新该指标。Required, unique in the plan; an existing code updates that indicator.',
  },
  { key: 'nameZh', zh: '指标名称', en: 'Name (zh)', width: 30, read: true, hint: '必填。Required.' },
  {
    key: 'nameEn',
    zh: '英文名称',
    en: 'Name (en)',
    width: 30,
    read: true,
    hint: '可空，默认同中文名称。Optional; defaults to the Chinese name.',
  },
  {
    key: 'category',
    zh: '类别',
    en: 'Category',
    width: 14,
    read: true,
    hint: '必填：组织领导、人才支援、资金支持、产业合作、劳务协作、携手奔小康与社会动员、消费帮扶、医教帮扶、宣传。Required.',
  },
  { key: 'unitZh', zh: '计量单位', en: 'Unit (zh)', width: 10, read: true, hint: '必填，如 人、万元、%。Required.' },
  { key: 'unitEn', zh: '英文单位', en: 'Unit (en)', width: 12, read: true, hint: '可空。Optional.' },
  {
    key: 'format',
    zh: '数值类型',
    en: 'Value format',
    width: 10,
    read: true,
    hint: '必填：计数、金额、比例、面积。金额类指标的目标以万元填写，比例以 % 填写。Required: count, money, percent or area. Money targets in 10k yuan, ratios in %.',
  },
  {
    key: 'group',
    zh: '牵头专项组',
    en: 'Working group',
    width: 22,
    read: true,
    hint: '必填，专项组名称或代码。Required: a working group by name or code.',
  },
  {
    key: 'responsibleUnits',
    zh: '责任单位',
    en: 'Responsible units',
    width: 30,
    read: true,
    hint: '可空，单位名称或代码，用“、”分隔。Optional: unit names or codes separated by 、.',
  },
  {
    key: 'agg',
    zh: '统计方式',
    en: 'Aggregate',
    width: 14,
    read: true,
    hint: '计量求和、记录条数、不重复人数、结对数、帮扶协议数、两项之比（%）。须与 JSON 规则一致；JSON 为空时按本列、台账类型和计量生成无筛选条件的规则。Must agree with the JSON rule; without JSON a rule without filters is built from this column, the record types and the measure.',
  },
  {
    key: 'types',
    zh: '台账类型',
    en: 'Record types',
    width: 24,
    read: true,
    hint: '台账类型名称或代码，用“、”分隔（见“台账类型与字段”表）。Record types by name or code, separated by 、 (see the third sheet).',
  },
  {
    key: 'measure',
    zh: '计量',
    en: 'Measure',
    width: 12,
    read: true,
    hint: '“计量求和”时必填，如 人数、金额。Required for a sum, e.g. 人数 or 金额.',
  },
  {
    key: 'filters',
    zh: '筛选条件',
    en: 'Filters',
    width: 36,
    read: false,
    hint: '仅供阅读；筛选条件请在 JSON 规则中修改。For reading; change filters in the JSON rule.',
  },
  { key: 'sentence', zh: '规则说明', en: 'Rule in words', width: 60, read: false, hint: '仅供阅读。For reading.' },
  {
    key: 'ruleJson',
    zh: '规则（JSON）',
    en: 'Rule (JSON)',
    width: 60,
    read: true,
    hint: '完整规则；导入时以本列为准。The complete rule; what an import reads.',
  },
  {
    key: 'targetKind',
    zh: '目标类型',
    en: 'Target kind',
    width: 12,
    read: true,
    hint: '不低于、总量、力争、比例不低于、定性、不设目标。At least, total, stretch, ratio at least, qualitative, none.',
  },
  {
    key: 'overall',
    zh: '总体目标',
    en: 'Overall target',
    width: 12,
    read: true,
    hint: '金额以万元、比例以 % 填写。Money in 10k yuan, ratios in %.',
  },
  {
    key: 'perCounty',
    zh: '每县目标',
    en: 'Per-county target',
    width: 12,
    read: true,
    hint: '每个受援县相同的目标。The same target for each county.',
  },
  {
    key: 'pacing',
    zh: '进度方式',
    en: 'Pacing',
    width: 12,
    read: true,
    hint: '按时间均匀（默认）或 按月节点。Linear (default) or monthly.',
  },
  {
    key: 'milestones',
    zh: '月度节点（%）',
    en: 'Monthly milestones (%)',
    width: 36,
    read: true,
    hint: '按月节点时填 12 个累计百分比，用逗号分隔，如 5,10,…,100。Twelve cumulative percentages, comma-separated.',
  },
  { key: 'evidence', zh: '需要佐证', en: 'Evidence required', width: 10, read: true, hint: '是 或 否。Yes or no.' },
  {
    key: 'status',
    zh: '状态',
    en: 'Status',
    width: 8,
    read: false,
    hint: '仅供阅读：启用 或 停用。For reading: active or inactive.',
  },
  { key: 'version', zh: '版本', en: 'Version', width: 8, read: false, hint: '仅供阅读。For reading.' },
];

export const TARGET_KIND_LABELS: Record<TargetKind, { zh: string; en: string }> = {
  min: { zh: '不低于', en: 'At least' },
  total: { zh: '总量', en: 'Total' },
  stretch: { zh: '力争', en: 'Stretch' },
  ratio_min: { zh: '比例不低于', en: 'Ratio at least' },
  qualitative: { zh: '定性', en: 'Qualitative' },
  none: { zh: '不设目标', en: 'None' },
};

export const FORMAT_LABELS: Record<ValueFormat, { zh: string; en: string }> = {
  count: { zh: '计数', en: 'Count' },
  money: { zh: '金额', en: 'Money' },
  percent: { zh: '比例', en: 'Percent' },
  area: { zh: '面积', en: 'Area' },
};

export const PACING_LABELS = {
  linear: { zh: '按时间均匀', en: 'Linear' },
  monthly: { zh: '按月节点', en: 'Monthly' },
} as const;

/** A county's target column: `环县目标（621022）`. */
export const countyHeader = (c: { code: string; name: string }) => `${c.name}目标（${c.code}）`;

export const categoryOf = (text: string): IndicatorCategory | undefined =>
  byLabel(Object.keys(INDICATOR_CATEGORIES) as IndicatorCategory[], INDICATOR_CATEGORIES, text);
export const targetKindOf = (text: string): TargetKind | undefined => byLabel(TARGET_KINDS, TARGET_KIND_LABELS, text);
export const formatOf = (text: string): ValueFormat | undefined =>
  byLabel(['count', 'money', 'percent', 'area'] as const, FORMAT_LABELS, text);

export type HeaderMap = { columns: Map<CatalogColumnKey, number>; counties: Map<string, number> };

/**
 * Maps a header row to columns by zh label or en name (spaces and trailing brackets ignored) and finds the county
 * target columns among the other cells by the county code in brackets or by `<county>目标`.
 */
export function mapCatalogHeader(header: string[], counties: readonly { code: string; name: string }[]): HeaderMap {
  const columns = mapHeader(CATALOG_COLUMNS, header);
  const taken = new Set(columns.values());
  const byCounty = new Map<string, number>();
  header.forEach((h, i) => {
    if (taken.has(i)) return;
    const n = normaliseLabel(h);
    const county = counties.find((c) => h.includes(c.code) || n === normaliseLabel(`${c.name}目标`));
    if (county && !byCounty.has(county.code)) byCounty.set(county.code, i);
  });
  return { columns, counties: byCounty };
}

const REQUIRED: CatalogColumnKey[] = ['code', 'nameZh', 'category', 'unitZh', 'format', 'group', 'targetKind'];

/** The columns an import cannot do without. */
export function missingCatalogColumns(map: HeaderMap): string[] {
  const missing = missingColumns(CATALOG_COLUMNS, map.columns, (c) => REQUIRED.includes(c.key));
  if (!map.columns.has('ruleJson') && (!map.columns.has('agg') || !map.columns.has('types')))
    missing.push('规则（JSON）');
  return missing;
}
