import {
  AGG_LABELS,
  indicatorInput,
  MEASURE_KEYS,
  MEASURES,
  RECORD_TYPES,
  WAN,
  type DeclProblem,
  type ImportRowError,
  type IndicatorDecl,
  type IndicatorRule,
  type MeasureKey,
  type ValueFormat,
} from '@xiezuo/domain';
import { cellText, type Plain } from '../../../lib/xlsx/xlsx-read';
import {
  CATALOG_COLUMNS,
  categoryOf,
  countyHeader,
  formatOf,
  PACING_LABELS,
  targetKindOf,
  type CatalogColumnKey,
  type HeaderMap,
} from './plans-excel.columns';
import { byLabel, cellAt } from '../../../lib/xlsx/xlsx-columns';
import { declIssues, type PlanRefs } from '../plans-refs';

/** Why a row was refused, in zh and en. */
const ROW_REASONS = {
  required: { zh: '必填', en: 'required' },
  badCode: {
    zh: '代码应为“类别.名称”，小写字母、数字和下划线，如 labour.employed_in_tianjin',
    en: 'a code reads category.name in lower case, e.g. labour.employed_in_tianjin',
  },
  repeatedCode: { zh: '与本文件第 {row} 行的代码相同', en: 'the same code as row {row} of this file' },
  unknownCategory: { zh: '未知的类别', en: 'unknown category' },
  unknownFormat: { zh: '数值类型应为 计数、金额、比例 或 面积', en: 'use count, money, percent or area' },
  unknownGroup: { zh: '未找到该专项组（填名称或代码）', en: 'unknown working group (use its name or code)' },
  unknownUnit: { zh: '未找到单位“{v}”（填名称或代码）', en: 'unknown unit “{v}” (use its name or code)' },
  unknownAgg: { zh: '未知的统计方式', en: 'unknown aggregate' },
  unknownType: { zh: '未知的台账类型“{v}”', en: 'unknown record type “{v}”' },
  unknownMeasure: { zh: '未知的计量', en: 'unknown measure' },
  ratioNeedsJson: {
    zh: '“两项之比”或带筛选条件的规则须填写 JSON 规则',
    en: 'a ratio, or a rule with filters, needs the JSON rule',
  },
  badJson: { zh: 'JSON 规则无法解析：{v}', en: 'the JSON rule cannot be read: {v}' },
  badRule: { zh: 'JSON 规则不符合规则语言：{v}', en: 'the JSON rule is not in the rule language: {v}' },
  disagrees: {
    zh: '与 JSON 规则不一致，请同时修改或清空本列',
    en: 'disagrees with the JSON rule; change both or clear this column',
  },
  unknownTargetKind: {
    zh: '目标类型应为 不低于、总量、力争、比例不低于、定性 或 不设目标',
    en: 'use at least, total, stretch, ratio at least, qualitative or none',
  },
  notNumber: { zh: '应为数字', en: 'not a number' },
  unknownPacing: { zh: '进度方式应为 按时间均匀 或 按月节点', en: 'use linear or monthly' },
  badMilestones: {
    zh: '应为 12 个 0–100 之间、逐月不减的百分比，用逗号分隔',
    en: 'twelve non-decreasing percentages from 0 to 100, comma-separated',
  },
  badBoolean: { zh: '应为 是 或 否', en: 'use yes or no' },
} as const;
type RowReason = keyof typeof ROW_REASONS;

const columnLabel = (key: CatalogColumnKey) => CATALOG_COLUMNS.find((c) => c.key === key)!;

function rowError(
  row: number,
  column: { zh: string; en: string },
  reason: RowReason | DeclProblem,
  vars: Record<string, string | number> = {},
): ImportRowError {
  const text = typeof reason === 'string' ? ROW_REASONS[reason] : reason;
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
  return { row, column: { zh: column.zh, en: column.en }, zh: fill(text.zh), en: fill(text.en) };
}

export type ParsedCatalogRow = { number: number; decl: IndicatorDecl | null; errors: ImportRowError[] };

const splitList = (s: string) =>
  s
    .split(/[、,，;；\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

/** A number cell: a number, or text with optional thousands separators; null when empty, NaN when not a number. */
export function cellNumber(v: Plain): number | null {
  if (v === null || v === '') return null;
  if (typeof v === 'number') return v;
  const t = cellText(v)
    .replace(/[,，\s]/g, '')
    .replace(/%$/, '');
  if (t === '') return null;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : NaN;
}

/** A target as a person writes it (万元 for money) as stored (fen). */
const toStored = (v: number, format: ValueFormat) => (format === 'money' ? Math.round(v * WAN) : v);

function findRef(refs: readonly { code: string; name: string }[], text: string) {
  return refs.find((r) => r.code.toLowerCase() === text.toLowerCase()) ?? refs.find((r) => r.name === text);
}

function recordTypeOf(text: string): string | undefined {
  return RECORD_TYPES.find(
    (t) => t.code === text || t.label.zh === text || t.label.en.toLowerCase() === text.toLowerCase(),
  )?.code;
}

const measureOf = (text: string): MeasureKey | undefined => byLabel(MEASURE_KEYS, MEASURES, text);

/** A path of a declaration problem → the column it belongs to. */
function columnOfPath(path: string, counties: PlanRefs['counties'], jsonRule: boolean): { zh: string; en: string } {
  const county = /^target\.counties\.(\d{6})$/.exec(path);
  if (county) {
    const c = counties.find((x) => x.code === county[1]) ?? { code: county[1]!, name: county[1]! };
    return { zh: countyHeader(c), en: `Target: ${c.name}` };
  }
  const key: CatalogColumnKey = path.startsWith('rule')
    ? jsonRule
      ? 'ruleJson'
      : 'types'
    : path === 'target.kind'
      ? 'targetKind'
      : path === 'target.perCounty'
        ? 'perCounty'
        : path.startsWith('target')
          ? 'overall'
          : path.startsWith('pacing')
            ? 'milestones'
            : path === 'group'
              ? 'group'
              : path === 'responsibleUnits'
                ? 'responsibleUnits'
                : 'code';
  return columnLabel(key);
}

type Reader = {
  text: (k: CatalogColumnKey) => string;
  cell: (k: CatalogColumnKey) => Plain;
  has: (k: CatalogColumnKey) => boolean;
};

/** The rule from the JSON column, checked against the readable columns; or, without JSON, built from them. */
function readRule(r: Reader, row: number, errors: ImportRowError[]): IndicatorRule | null {
  const json = r.text('ruleJson');
  const aggText = r.text('agg');
  const agg = aggText ? byLabel(Object.keys(AGG_LABELS) as IndicatorRule['agg'][], AGG_LABELS, aggText) : undefined;
  if (aggText && !agg) errors.push(rowError(row, columnLabel('agg'), 'unknownAgg'));
  const typeTexts = splitList(r.text('types'));
  const types = typeTexts.map((t) => recordTypeOf(t));
  typeTexts.forEach(
    (t, i) =>
      !types[i] &&
      !(agg === 'ratio' || json) &&
      errors.push(rowError(row, columnLabel('types'), 'unknownType', { v: t })),
  );
  const measureText = r.text('measure');
  const measure = measureText ? measureOf(measureText) : undefined;
  if (!json) {
    if (!agg)
      return (
        errors.push(rowError(row, columnLabel(aggText ? 'agg' : 'ruleJson'), aggText ? 'unknownAgg' : 'required')),
        null
      );
    if (agg === 'ratio' || r.text('filters'))
      return (errors.push(rowError(row, columnLabel('ruleJson'), 'ratioNeedsJson')), null);
    if (agg === 'sum' && !measure)
      return (errors.push(rowError(row, columnLabel('measure'), measureText ? 'unknownMeasure' : 'required')), null);
    if (agg === 'sum' || agg === 'count' || agg === 'distinct_persons') {
      if (!typeTexts.length) return (errors.push(rowError(row, columnLabel('types'), 'required')), null);
      if (types.some((t) => !t)) return null; // each unknown name is reported above
    }
    const built =
      agg === 'sum'
        ? { agg, measure, types, filters: [] }
        : agg === 'pairings'
          ? { agg, kinds: [] }
          : agg === 'agreements'
            ? { agg }
            : { agg, types, filters: [] };
    return indicatorRuleOf(built, row, errors);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    errors.push(rowError(row, columnLabel('ruleJson'), 'badJson', { v: (e as Error).message.slice(0, 80) }));
    return null;
  }
  const rule = indicatorRuleOf(raw, row, errors);
  if (!rule) return null;
  // the readable columns may be left as exported, or cleared; changed alone they would be silently ignored
  if (agg && agg !== rule.agg) errors.push(rowError(row, columnLabel('agg'), 'disagrees'));
  if (
    rule.agg !== 'ratio' &&
    'types' in rule &&
    typeTexts.length &&
    (types.some((t) => !t) || [...new Set(types)].sort().join() !== [...new Set(rule.types)].sort().join())
  )
    errors.push(rowError(row, columnLabel('types'), 'disagrees'));
  if (rule.agg === 'sum' && measureText && measure !== rule.measure)
    errors.push(rowError(row, columnLabel('measure'), 'disagrees'));
  return rule;
}

function indicatorRuleOf(raw: unknown, row: number, errors: ImportRowError[]): IndicatorRule | null {
  // unknown record types first, by name: the schema's own message would list every known type
  const unknown = new Set<string>();
  const scan = (v: unknown) => {
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.types)) for (const t of o.types) if (typeof t === 'string' && !recordTypeOf(t)) unknown.add(t);
    scan(o.numerator);
    scan(o.denominator);
  };
  scan(raw);
  if (unknown.size)
    return (
      errors.push(...[...unknown].map((v) => rowError(row, columnLabel('ruleJson'), 'unknownType', { v }))),
      null
    );
  const parsed = indicatorInput.shape.rule.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    errors.push(
      rowError(row, columnLabel('ruleJson'), 'badRule', {
        v: `${issue.path.join('.') || '(rule)'}: ${issue.message}`.slice(0, 120),
      }),
    );
    return null;
  }
  return parsed.data;
}

function readMilestones(r: Reader, row: number, errors: ImportRowError[]): number[] | null {
  const parts = splitList(r.text('milestones').replace(/%/g, ''));
  const values = parts.map(Number);
  const ok =
    values.length === 12 &&
    values.every((v, i) => Number.isFinite(v) && v >= 0 && v <= 100 && (i === 0 || v >= values[i - 1]!));
  if (!ok) return (errors.push(rowError(row, columnLabel('milestones'), 'badMilestones')), null);
  return values.map((v) => Math.round(v * 10) / 1000);
}

/**
 * Reads one catalog row into a declaration, or lists every problem it has: unreadable cells, unknown names and types,
 * then the domain's checks of the rule, target and pacing (unknown fields, bad targets), each under its column.
 */
export function parseCatalogRow(row: number, cells: Plain[], map: HeaderMap, refs: PlanRefs): ParsedCatalogRow {
  const cell = (k: CatalogColumnKey): Plain => cellAt(map.columns, cells, k) ?? null;
  const r: Reader = { cell, text: (k) => cellText(cell(k)), has: (k) => map.columns.has(k) };
  const errors: ImportRowError[] = [];
  const required = (k: CatalogColumnKey) => {
    const v = r.text(k);
    if (!v) errors.push(rowError(row, columnLabel(k), 'required'));
    return v;
  };

  const code = required('code');
  if (code && !indicatorInput.shape.code.safeParse(code).success)
    errors.push(rowError(row, columnLabel('code'), 'badCode'));
  const nameZh = required('nameZh');
  const unitZh = required('unitZh');
  const categoryText = required('category');
  const category = categoryText ? categoryOf(categoryText) : undefined;
  if (categoryText && !category) errors.push(rowError(row, columnLabel('category'), 'unknownCategory'));
  const formatText = required('format');
  const format = formatText ? formatOf(formatText) : undefined;
  if (formatText && !format) errors.push(rowError(row, columnLabel('format'), 'unknownFormat'));
  const groupText = required('group');
  const group = groupText ? findRef(refs.groups, groupText) : undefined;
  if (groupText && !group) errors.push(rowError(row, columnLabel('group'), 'unknownGroup'));
  const units = splitList(r.text('responsibleUnits')).map(
    (t) =>
      findRef(refs.units, t)?.code ??
      (errors.push(rowError(row, columnLabel('responsibleUnits'), 'unknownUnit', { v: t })), ''),
  );

  const rule = readRule(r, row, errors);

  const kindText = required('targetKind');
  const kind = kindText ? targetKindOf(kindText) : undefined;
  if (kindText && !kind) errors.push(rowError(row, columnLabel('targetKind'), 'unknownTargetKind'));
  const number = (label: { zh: string; en: string }, v: Plain) => {
    const n = cellNumber(v);
    if (Number.isNaN(n)) errors.push(rowError(row, label, 'notNumber'));
    return n === null || Number.isNaN(n) || !format ? null : toStored(n, format);
  };
  const overall = number(columnLabel('overall'), cell('overall'));
  const perCounty = number(columnLabel('perCounty'), cell('perCounty'));
  const counties: Record<string, number> = {};
  for (const [countyCode, i] of map.counties) {
    const c = refs.counties.find((x) => x.code === countyCode)!;
    const v = number({ zh: countyHeader(c), en: `Target: ${c.name}` }, cells[i] ?? null);
    if (v !== null) counties[countyCode] = v;
  }

  const pacingText = r.text('pacing');
  const pacingKind = pacingText ? byLabel(['linear', 'monthly'] as const, PACING_LABELS, pacingText) : 'linear';
  if (!pacingKind) errors.push(rowError(row, columnLabel('pacing'), 'unknownPacing'));
  const cumulative = pacingKind === 'monthly' ? readMilestones(r, row, errors) : null;
  const evidenceText = r.text('evidence');
  const evidence =
    evidenceText === ''
      ? undefined
      : ['是', 'yes', 'y', 'true', '1'].includes(evidenceText.toLowerCase())
        ? true
        : ['否', 'no', 'n', 'false', '0'].includes(evidenceText.toLowerCase())
          ? false
          : null;
  if (evidence === null) errors.push(rowError(row, columnLabel('evidence'), 'badBoolean'));

  if (errors.length || !rule || !category || !format || !group || !kind) return { number: row, decl: null, errors };
  const decl: IndicatorDecl = {
    code,
    name: { zh: nameZh, en: r.text('nameEn') || nameZh },
    category,
    unit: { zh: unitZh, en: r.text('unitEn') || unitZh },
    format,
    group: group.code,
    responsibleUnits: units,
    rule,
    target: { kind, overall, perCounty, counties },
    ...(pacingKind === 'monthly' && cumulative
      ? { pacing: { kind: 'monthly' as const, cumulative } }
      : pacingText
        ? { pacing: { kind: 'linear' as const } }
        : {}),
    ...(typeof evidence === 'boolean' ? { evidenceRequired: evidence } : {}),
  };
  const problems = declIssues(decl, refs);
  if (problems.length)
    return {
      number: row,
      decl: null,
      errors: problems.map((p) => rowError(row, columnOfPath(p.path, refs.counties, r.text('ruleJson') !== ''), p)),
    };
  return { number: row, decl, errors: [] };
}
