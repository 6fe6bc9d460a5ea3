import { DEFAULT_TIMELINESS_DAYS, type AssessmentItem, type ScoreLineDto, type UnitScoreDto } from '@xiezuo/domain';

/** A unit's place and breakdown as computed (and as a freeze stores it), before what the caller may see or do is added. */
export type RankedUnit = Omit<UnitScoreDto, 'isDetailVisible' | 'abilities'>;

/** What the scores of one unit are computed from. Counts are null where the item does not apply to the unit. */
export type UnitFacts = {
  unitId: string;
  unitName: string;
  /** Completion (%, uncapped) and whether on pace, of each indicator naming the unit among its responsible units. */
  indicators: { completion: number; onPace: boolean }[];
  /** Per reporting / confirmation item code: records due and handled within the item's days. */
  timely: Record<string, { due: number; onTime: number }>;
  records: { submitted: number; disputed: number };
  supervision: { due: number; onTime: number };
  /** Adjustment points per item code (positive; the item's kind gives the sign). */
  adjustments: Record<string, { points: number; count: number }>;
};

const cents = (v: number) => Math.round(v * 100);
const pct = (v: number) => `${(Math.round(v * 1000) / 10).toFixed(1)}%`;
/** A computed item's share of its weight; null where the item does not apply to the unit. */
type Line = { ratio: number | null; zh: string; en: string };
const NA = (zh: string, en: string): Line => ({ ratio: null, zh, en });

function computed(item: AssessmentItem, f: UnitFacts): Line {
  switch (item.kind) {
    case 'indicator_completion': {
      if (!f.indicators.length) return NA('未承担指标任务', 'no indicator assigned');
      const avg = f.indicators.reduce((a, i) => a + Math.min(i.completion, 100), 0) / f.indicators.length / 100;
      return {
        ratio: avg,
        zh: `${f.indicators.length} 项指标平均完成 ${pct(avg)}（单项以 100% 封顶）`,
        en: `average completion of ${f.indicators.length} indicators ${pct(avg)} (each capped at 100%)`,
      };
    }
    case 'pace': {
      if (!f.indicators.length) return NA('未承担指标任务', 'no indicator assigned');
      const ok = f.indicators.filter((i) => i.onPace).length;
      return {
        ratio: ok / f.indicators.length,
        zh: `${f.indicators.length} 项指标中 ${ok} 项进度正常或已完成`,
        en: `${ok} of ${f.indicators.length} indicators on pace or achieved`,
      };
    }
    case 'reporting_timeliness': {
      const t = f.timely[item.code] ?? { due: 0, onTime: 0 };
      if (!t.due) return { ratio: 0, zh: '本年度未报送台账记录', en: 'no record reported this year' };
      return {
        ratio: t.onTime / t.due,
        zh: `应报 ${t.due} 条，${item.days ?? DEFAULT_TIMELINESS_DAYS.reporting_timeliness} 天内报送 ${t.onTime} 条`,
        en: `${t.onTime} of ${t.due} records reported within ${item.days ?? DEFAULT_TIMELINESS_DAYS.reporting_timeliness} days`,
      };
    }
    case 'confirmation_timeliness': {
      const t = f.timely[item.code] ?? { due: 0, onTime: 0 };
      if (!t.due) return NA('无待本单位确认的记录', 'nothing to confirm');
      return {
        ratio: t.onTime / t.due,
        zh: `应确认 ${t.due} 条，${item.days ?? DEFAULT_TIMELINESS_DAYS.confirmation_timeliness} 天内处理 ${t.onTime} 条`,
        en: `${t.onTime} of ${t.due} records confirmed or disputed within ${item.days ?? DEFAULT_TIMELINESS_DAYS.confirmation_timeliness} days`,
      };
    }
    case 'dispute_share': {
      const r = f.records;
      if (!r.submitted) return NA('无报送记录', 'no record submitted');
      return {
        ratio: 1 - r.disputed / r.submitted,
        zh: `报送 ${r.submitted} 条，被提出争议 ${r.disputed} 条`,
        en: `${r.disputed} of ${r.submitted} submitted records disputed`,
      };
    }
    case 'supervision_on_time': {
      const s = f.supervision;
      if (!s.due) return NA('无到期督办事项', 'no supervision order due');
      return {
        ratio: s.onTime / s.due,
        zh: `到期督办 ${s.due} 件，按期反馈 ${s.onTime} 件`,
        en: `${s.onTime} of ${s.due} orders answered by their due date`,
      };
    }
    case 'bonus':
    case 'deduction':
      return { ratio: null, zh: '', en: '' };
    default: {
      const never: never = item.kind;
      return never;
    }
  }
}

/**
 * One line of a unit's breakdown, rounded to 2 decimals. An item that does not apply to the unit scores the average
 * rate of the units it applies to (不涉及的项目按平均得分率计), so having no task neither wins nor loses points.
 */
export function scoreLine(item: AssessmentItem, f: UnitFacts, averageRate = 1): ScoreLineDto {
  const cap = item.cap ?? item.weight;
  if (item.kind === 'bonus' || item.kind === 'deduction') {
    const a = f.adjustments[item.code] ?? { points: 0, count: 0 };
    const pts = Math.min(a.points, cap);
    const sign = item.kind === 'bonus' ? 1 : -1;
    const label = item.kind === 'bonus' ? { zh: '加分', en: 'bonus' } : { zh: '扣分', en: 'deduction' };
    const detail = a.count
      ? {
          zh: `${label.zh} ${a.count} 项，合计 ${a.points.toFixed(2)} 分（上限 ${cap} 分）`,
          en: `${a.count} ${label.en}(s) totalling ${a.points.toFixed(2)} points (cap ${cap})`,
        }
      : { zh: `无${label.zh}`, en: `no ${label.en}` };
    return {
      code: item.code,
      name: item.name,
      kind: item.kind,
      score: (sign * cents(pts)) / 100 || 0,
      max: item.kind === 'bonus' ? cap : 0,
      detail,
    };
  }
  const line = computed(item, f);
  const rate = line.ratio ?? averageRate;
  const detail =
    line.ratio === null
      ? {
          zh: `${line.zh}，按各单位平均得分率 ${pct(averageRate)} 计`,
          en: `${line.en}; scored at the average rate ${pct(averageRate)}`,
        }
      : { zh: line.zh, en: line.en };
  return {
    code: item.code,
    name: item.name,
    kind: item.kind,
    score: cents(Math.min(item.weight * rate, cap)) / 100,
    max: Math.min(item.weight, cap),
    detail,
  };
}

/** The average rate of an item over the units it applies to (1 when it applies to none). */
export function averageRate(item: AssessmentItem, facts: UnitFacts[]): number {
  const rates = facts.map((f) => computed(item, f).ratio).filter((r): r is number => r !== null);
  return rates.length ? rates.reduce((a, r) => a + r, 0) / rates.length : 1;
}

/** Every unit's breakdown and total (the exact sum of its rounded lines), ranked: equal totals share a rank. */
export function rankUnits(items: AssessmentItem[], facts: UnitFacts[]): RankedUnit[] {
  const averages = items.map((i) => averageRate(i, facts));
  const scored = facts.map((f) => {
    const breakdown = items.map((i, k) => scoreLine(i, f, averages[k]));
    return {
      unitId: f.unitId,
      unitName: f.unitName,
      total: breakdown.reduce((a, l) => a + cents(l.score), 0) / 100,
      breakdown,
    };
  });
  const order = [...scored].sort((a, b) => b.total - a.total);
  return order.map((s) => ({ ...s, rank: 1 + scored.filter((o) => cents(o.total) > cents(s.total)).length }));
}
