import type { Lang } from '../errors';
import { MEASURES, type MeasureKey } from '../ledger/measures';
import { recordType } from '../ledger/registry';
import { PAIRING_KIND_LABELS, type PairingKind } from '../pairings.contracts';
import { filterFieldDecl } from './rule-check';
import type { BaseRule, IndicatorRule, RuleFilter } from './rules';

/** Aggregates by name, as the rule builder and the catalog sheet show them. */
export const AGG_LABELS: Record<IndicatorRule['agg'], { zh: string; en: string }> = {
  sum: { zh: '计量求和', en: 'Sum of a measure' },
  count: { zh: '记录条数', en: 'Count of records' },
  distinct_persons: { zh: '不重复人数', en: 'Distinct persons' },
  pairings: { zh: '结对数', en: 'Pairings' },
  agreements: { zh: '帮扶协议数', en: 'Agreements' },
  ratio: { zh: '两项之比（%）', en: 'Ratio of two rules (%)' },
};

export const OP_LABELS: Record<RuleFilter['op'], { zh: string; en: string }> = {
  eq: { zh: '为', en: 'is' },
  ne: { zh: '不为', en: 'is not' },
  in: { zh: '属于', en: 'is one of' },
  gte: { zh: '≥', en: '≥' },
  lte: { zh: '≤', en: '≤' },
  gt: { zh: '>', en: '>' },
  lt: { zh: '<', en: '<' },
};

/** Measures as the noun of a sum: `the sum of registered poor persons`, `记录的建档立卡贫困人口数之和`. */
const MEASURE_NOUNS: Record<MeasureKey, { zh: string; en: string }> = {
  persons: { zh: '人数', en: 'persons' },
  poorPersons: { zh: '建档立卡贫困人口数', en: 'registered poor persons' },
  personTimes: { zh: '人次', en: 'person-times' },
  sessions: { zh: '期（场、次）数', en: 'sessions' },
  amountFen: { zh: '金额', en: 'amounts' },
  months: { zh: '月数', en: 'months' },
  areaMu: { zh: '面积', en: 'area' },
  households: { zh: '户数', en: 'households' },
  poorHouseholds: { zh: '建档立卡贫困户数', en: 'registered poor households' },
  posts: { zh: '岗位数', en: 'posts' },
  quantity: { zh: '数量', en: 'quantities' },
  enterprises: { zh: '企业数', en: 'enterprises' },
};

const typeName = (code: string, lang: Lang) => recordType(code)?.label[lang] ?? code;
const list = (items: string[], lang: Lang) =>
  lang === 'zh'
    ? items.join('、')
    : items.length > 1
      ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
      : (items[0] ?? '');
const orList = (items: string[], lang: Lang) => (lang === 'zh' ? items.join('、') : items.join(', '));

/** A filter's field by its label: the declared field's, or the measure's. */
export function filterFieldLabel(types: readonly string[], field: string, lang: Lang): string {
  if (field in MEASURES) return MEASURES[field as MeasureKey][lang];
  return filterFieldDecl(types, field)?.label[lang] ?? field;
}

function valueText(types: readonly string[], f: RuleFilter, v: string | number | boolean, lang: Lang): string {
  if (typeof v === 'boolean') return lang === 'zh' ? (v ? '“是”' : '“否”') : v ? '“yes”' : '“no”';
  const decl = filterFieldDecl(types, f.field);
  if (decl?.kind === 'enum') {
    return `“${decl.options.find((o) => o.value === v)?.label[lang] ?? String(v)}”`;
  }
  if (decl?.kind === 'money' && typeof v === 'number') return lang === 'zh' ? `${v / 100} 元` : `${v / 100} yuan`;
  return String(v);
}

/** One condition in words: `就业去向为“来津”`, `Term (months) ≥ 12`. */
export function describeFilter(types: readonly string[], f: RuleFilter, lang: Lang): string {
  const label = filterFieldLabel(types, f.field, lang);
  const values = Array.isArray(f.value)
    ? f.value.map((v) => valueText(types, f, v, lang))
    : [valueText(types, f, f.value, lang)];
  const op = OP_LABELS[f.op][lang];
  if (lang === 'zh')
    return /^[≥≤<>]$/.test(op) ? `${label} ${op} ${values[0]}` : `${label}${op}${orList(values, lang)}`;
  return `${label.charAt(0).toLowerCase()}${label.slice(1)} ${op} ${orList(values, lang)}`;
}

function conditions(types: readonly string[], filters: readonly RuleFilter[], lang: Lang): string {
  if (!filters.length) return '';
  const parts = filters.map((f) => describeFilter(types, f, lang));
  return lang === 'zh' ? `，条件：${parts.join('，且')}` : ` where ${parts.join(' and ')}`;
}

function describeBase(rule: BaseRule, lang: Lang): string {
  const zh = lang === 'zh';
  switch (rule.agg) {
    case 'sum': {
      const types = list(
        rule.types.map((t) => typeName(t, lang)),
        lang,
      );
      const m = MEASURE_NOUNS[rule.measure][lang];
      return zh
        ? `${types}记录的${m}之和${conditions(rule.types, rule.filters, lang)}`
        : `the sum of ${m} over ${types} records${conditions(rule.types, rule.filters, lang)}`;
    }
    case 'count': {
      const types = list(
        rule.types.map((t) => typeName(t, lang)),
        lang,
      );
      return zh
        ? `${types}记录的条数${conditions(rule.types, rule.filters, lang)}`
        : `the number of ${types} records${conditions(rule.types, rule.filters, lang)}`;
    }
    case 'distinct_persons': {
      const types = list(
        rule.types.map((t) => typeName(t, lang)),
        lang,
      );
      const poor = rule.poorOnly ? (zh ? '建档立卡贫困人口' : ' registered poor') : '';
      return zh
        ? `${types}记录中不重复的${poor || '人员'}人数${conditions(rule.types, rule.filters, lang)}`
        : `the number of distinct${poor} persons on ${types} records${conditions(rule.types, rule.filters, lang)}`;
    }
    case 'pairings': {
      const kinds = rule.kinds.map((k: PairingKind) => PAIRING_KIND_LABELS[k][lang]);
      if (!kinds.length) return zh ? '结对数（全部类型）' : 'the number of pairings (every kind)';
      return zh ? `结对数（${orList(kinds, lang)}）` : `the number of pairings (${orList(kinds, lang)})`;
    }
    case 'agreements':
      return zh ? '帮扶协议数' : 'the number of assistance agreements';
    default: {
      const never: never = rule;
      return never;
    }
  }
}

/**
 * A rule as one sentence, counting only confirmed records: `计：就业记录中不重复的建档立卡贫困人口人数，条件：就业去向为“来津”。`
 * A ratio reads as its numerator as a percentage of its denominator.
 */
export function describeRule(rule: IndicatorRule, lang: Lang): string {
  if (rule.agg === 'ratio') {
    const n = describeBase(rule.numerator, lang);
    const d = describeBase(rule.denominator, lang);
    return lang === 'zh' ? `（${n}）占（${d}）的百分比。` : `${capitalise(`(${n}) as a percentage of (${d})`)}.`;
  }
  const s = describeBase(rule, lang);
  return lang === 'zh' ? `计：${s}。` : `${capitalise(s)}.`;
}

function capitalise(s: string): string {
  if (s.startsWith('(')) return `(${s.charAt(1).toUpperCase()}${s.slice(2)}`;
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
}
