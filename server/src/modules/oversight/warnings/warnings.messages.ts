import {
  INDICATOR_CATEGORIES,
  screenCount,
  screenDecimal,
  screenMoney,
  screenPercent,
  type IndicatorProgressDto,
} from '@xiezuo/domain';

/** zh-CN / en texts of warnings, built from figures; numbers are formatted the way the office writes them. */

type Label = { zh: string; en: string };
type Format = IndicatorProgressDto['format'];
type Named = { name: string };

/** Rounds a figure to what its format shows: whole counts and fen, one decimal of a percentage, two of an area. */
export function roundFor(format: Format, v: number): number {
  if (format === 'percent') return Math.round(v * 10) / 10;
  if (format === 'area') return Math.round(v * 100) / 100;
  return Math.round(v);
}

/** A figure with its unit in the shared screen formats, e.g. "1,287 人" / "1,287 persons", "4,000.00 万元", "22.9%". */
export function figure(v: number, format: Format, unit: Label): Label {
  switch (format) {
    case 'money':
      return { zh: screenMoney(v, 'zh'), en: screenMoney(v, 'en') };
    case 'percent':
      return { zh: screenPercent(v), en: screenPercent(v) };
    case 'area':
      return { zh: `${screenDecimal(v)} ${unit.zh}`, en: `${screenDecimal(v)} ${unit.en}` };
    case 'count':
      return {
        zh: `${screenCount(roundFor('count', v))} ${unit.zh}`,
        en: `${screenCount(roundFor('count', v))} ${unit.en}`,
      };
    default: {
      const never: never = format;
      return never;
    }
  }
}

const unitList = (units: Named[]): Label =>
  units.length
    ? {
        zh: `；责任单位：${units.map((u) => u.name).join('、')}`,
        en: `; responsible: ${units.map((u) => u.name).join(', ')}`,
      }
    : { zh: '', en: '' };
const where = (county: { name: string } | null): Label =>
  county ? { zh: `${county.name} · `, en: `${county.name} · ` } : { zh: '', en: '' };

export type IndicatorFacts = {
  item: Pick<IndicatorProgressDto, 'name' | 'category' | 'unit' | 'format'>;
  value: number;
  expected: number;
  target: number;
  shortfall: number;
  county: { name: string } | null;
  units: Named[];
};

/** "劳务协作：贫困人口到其他地区就业 已完成 600 人，按进度应完成 963 人，差 363 人（目标 1,287 人）；责任单位：区人社局". */
export function indicatorBehindText(f: IndicatorFacts): { title: Label; message: Label } {
  const cat = INDICATOR_CATEGORIES[f.item.category];
  const fig = (v: number) => figure(v, f.item.format, f.item.unit);
  const [value, expected, gap, target] = [fig(f.value), fig(f.expected), fig(f.shortfall), fig(f.target)];
  const w = where(f.county);
  const u = unitList(f.units);
  return {
    title: { zh: `${w.zh}${f.item.name.zh}进度滞后`, en: `${w.en}${f.item.name.en}: behind pace` },
    message: {
      zh: `${w.zh}${cat.zh}：${f.item.name.zh} 已完成 ${value.zh}，按进度应完成 ${expected.zh}，差 ${gap.zh}（目标 ${target.zh}）${u.zh}`,
      en: `${w.en}${cat.en}: ${f.item.name.en} — ${value.en} done, ${expected.en} expected by now, ${gap.en} short (target ${target.en})${u.en}`,
    },
  };
}

/** "资金支持：到县资金用于产业比例 为 45.0%，目标不低于 50.0%，差 5.0 个百分点". */
export function ratioText(f: IndicatorFacts): { title: Label; message: Label } {
  const cat = INDICATOR_CATEGORIES[f.item.category];
  const pct = (v: number) => `${roundFor('percent', v).toFixed(1)}`;
  const w = where(f.county);
  const u = unitList(f.units);
  return {
    title: { zh: `${w.zh}${f.item.name.zh}未达标`, en: `${w.en}${f.item.name.en}: below target` },
    message: {
      zh: `${w.zh}${cat.zh}：${f.item.name.zh} 为 ${pct(f.value)}%，目标不低于 ${pct(f.target)}%，差 ${pct(f.shortfall)} 个百分点${u.zh}`,
      en: `${w.en}${cat.en}: ${f.item.name.en} is ${pct(f.value)}%, target at least ${pct(f.target)}%, ${pct(f.shortfall)} points short${u.en}`,
    },
  };
}

export function awaitingText(f: {
  typeLabel: Label;
  unitName: string;
  countyName: string;
  count: number;
  days: number;
}): { title: Label; message: Label } {
  return {
    title: { zh: `${f.countyName}待确认：${f.typeLabel.zh}`, en: `Awaiting ${f.countyName}: ${f.typeLabel.en}` },
    message: {
      zh: `${f.unitName}报送的 ${f.count} 条「${f.typeLabel.zh}」记录待${f.countyName}确认，最长已等待 ${f.days} 天`,
      en: `${f.count} "${f.typeLabel.en}" record(s) reported by ${f.unitName} await confirmation by ${f.countyName}; the oldest for ${f.days} days`,
    },
  };
}

export function disputeText(f: {
  typeLabel: Label;
  unitName: string;
  countyName: string;
  occurredOn: string;
  reason: string | null;
  days: number;
}): { title: Label; message: Label } {
  const why = f.reason ? { zh: `，争议理由：${f.reason}`, en: `; reason: ${f.reason}` } : { zh: '', en: '' };
  return {
    title: { zh: `争议未解决：${f.typeLabel.zh}`, en: `Unresolved dispute: ${f.typeLabel.en}` },
    message: {
      zh: `${f.unitName} ${f.occurredOn} 的「${f.typeLabel.zh}」记录被${f.countyName}提出争议，已 ${f.days} 天未解决${why.zh}`,
      en: `${f.countyName} disputed the "${f.typeLabel.en}" record of ${f.unitName} dated ${f.occurredOn} ${f.days} days ago; still unresolved${why.en}`,
    },
  };
}

export function dormantText(f: { east: string; west: string; kind: Label; months: number | null; threshold: number }): {
  title: Label;
  message: Label;
} {
  const since =
    f.months === null
      ? { zh: '自结对以来没有台账记录', en: 'no ledger record since it began' }
      : { zh: `已 ${f.months} 个月没有台账记录`, en: `no ledger record for ${f.months} months` };
  return {
    title: { zh: `结对无活动：${f.east}—${f.west}`, en: `Dormant pairing: ${f.east} – ${f.west}` },
    message: {
      zh: `${f.kind.zh}「${f.east}—${f.west}」${since.zh}（预警阈值 ${f.threshold} 个月）`,
      en: `${f.kind.en} "${f.east} – ${f.west}": ${since.en} (threshold ${f.threshold} months)`,
    },
  };
}

export function inactiveText(f: { unitName: string; lastOn: string | null; months: number }): {
  title: Label;
  message: Label;
} {
  return {
    title: { zh: `成员单位无填报：${f.unitName}`, en: `Inactive member unit: ${f.unitName}` },
    message: f.lastOn
      ? {
          zh: `${f.unitName}承担协作任务，但近 ${f.months} 个月没有报送台账记录（最近一条 ${f.lastOn}）`,
          en: `${f.unitName} holds cooperation tasks but has reported no record in ${f.months} months (last on ${f.lastOn})`,
        }
      : {
          zh: `${f.unitName}承担协作任务，但本年度尚未报送任何台账记录`,
          en: `${f.unitName} holds cooperation tasks but has reported no record this year`,
        },
  };
}

const shorten = (text: string, n = 40) => (text.length > n ? `${text.slice(0, n)}…` : text);

/** "任务逾期：3.2.8 会同各受援县编制、发布产业目录和项目册" with the lead unit, due date, days and progress. */
export function taskOverdueText(f: {
  clauseNo: string;
  text: string;
  leadName: string;
  dueDate: string;
  days: number;
  percent: number;
}): { title: Label; message: Label } {
  const task = `${f.clauseNo} ${shorten(f.text)}`;
  return {
    title: { zh: `任务逾期：${task}`, en: `Task overdue: ${task}` },
    message: {
      zh: `${f.leadName}牵头的任务「${shorten(f.text, 60)}」完成时限为 ${f.dueDate}，已逾期 ${f.days} 天，当前完成 ${f.percent}%`,
      en: `The task “${shorten(f.text, 60)}” led by ${f.leadName} was due on ${f.dueDate}; ${f.days} days overdue, ${f.percent}% done`,
    },
  };
}

/** "区文化和旅游局 2 项任务缺少月度进展报告（共 6 期，最近一期 2019-08）". */
export function reportMissingText(f: {
  unitName: string;
  tasks: number;
  periods: number;
  latest: string;
  firstDue: string;
}): {
  title: Label;
  message: Label;
} {
  return {
    title: { zh: `月度进展未报送：${f.unitName}`, en: `Monthly reports missing: ${f.unitName}` },
    message: {
      zh: `${f.unitName}牵头的 ${f.tasks} 项任务缺少月度进展报告（共 ${f.periods} 期，最近一期 ${f.latest}），最早一期应于 ${f.firstDue} 前报送`,
      en: `${f.tasks} task(s) led by ${f.unitName} lack monthly reports (${f.periods} in all, the latest for ${f.latest}); the earliest was due by ${f.firstDue}`,
    },
  };
}
