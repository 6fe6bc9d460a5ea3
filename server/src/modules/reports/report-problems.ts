import type { IndicatorProgressDto, SupervisionOrderDto, WarningKind } from '@xiezuo/domain';
import type { Actor, AppContext } from '../../http/context';
import { AppError } from '../../http/app-error';
import * as supervision from '../oversight/supervision/supervision.service';
import * as warnings from '../oversight/warnings/warnings.service';
import { officialNumber } from './number-format';
import type { ReportData } from './report-data';
import type { Block } from './report-doc';
import * as repo from './reports.repository';
import { chineseOrdinal } from './number-format';
import { joinSentences, pointRuns, type Point } from './summary.compose';

/** What stands in the way on the report's date, from the data: lagging indicators, open warnings, orders, disputes. */
export type Problems = {
  asOf: string;
  lagging: IndicatorProgressDto[];
  warnings: Partial<Record<WarningKind, number>>;
  openOrders: SupervisionOrderDto[];
  overdueOrders: SupervisionOrderDto[];
  records: repo.LedgerStatusCounts;
};

/** A caller who may not list warnings or orders gets a report without them, not a refused report. */
async function unlessForbidden<T>(p: Promise<T>, fallback: T): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof AppError && (e.code === 'FORBIDDEN' || e.code === 'NOT_FOUND')) return fallback;
    throw e;
  }
}

/** Whether an order concerns the report's year and scope (its serial or warning names the year). */
function orderInScope(o: SupervisionOrderDto, d: ReportData): boolean {
  const ofYear = o.serial.includes(`〔${d.year}〕`) || (o.warningId ?? '').includes(`:${d.year}:`);
  if (!ofYear) return false;
  const s = d.scope;
  if (s.kind === 'unit') return o.units.some((u) => u.id === s.unit);
  if (s.kind === 'county') return (o.warningId ?? '').endsWith(`:${s.county}`);
  if (s.kind === 'group') return o.indicatorCodes.some((c) => d.decls.some((x) => x.code === c));
  return true;
}

/** Gathers the problems of a year and scope on the report's date. */
export async function loadProblems(ctx: AppContext, actor: Actor, d: ReportData): Promise<Problems> {
  const s = d.scope;
  const county = s.kind === 'county' ? s.county : undefined;
  const unit = s.kind === 'unit' ? s.unit : undefined;
  const group = s.kind === 'group' ? s.group : undefined;
  const [list, orders, records] = await Promise.all([
    unlessForbidden(warnings.list(ctx, actor, { year: d.year, asOf: d.asOf, county, unit, group }), null),
    unlessForbidden(supervision.list(ctx, actor, { page: 1, pageSize: 200 }), null),
    repo.openRecordCounts(ctx.db, { tenantId: actor.tenantId, year: d.year, asOf: d.asOf, county, unit }),
  ]);
  const counts: Partial<Record<WarningKind, number>> = {};
  for (const w of list?.items ?? []) counts[w.kind] = (counts[w.kind] ?? 0) + 1;
  const open = (orders?.items ?? []).filter((o) => o.status !== 'closed' && orderInScope(o, d));
  return {
    asOf: d.asOf,
    lagging: d.progress.items.filter((i) => i.status === 'behind' || i.status === 'at_risk'),
    warnings: counts,
    openOrders: open,
    overdueOrders: open.filter((o) => o.dueDate < d.asOf),
    records,
  };
}

const SHOWN = 5;

function laggingText(i: IndicatorProgressDto): string {
  const unit = i.format === 'percent' ? '%' : i.unit.zh;
  const value = `${officialNumber(i.value, i.format)}${unit}`;
  if (i.target === null) return `${i.name.zh}${value}`;
  const target = `${officialNumber(i.target, i.format)}${unit}`;
  if (i.format === 'percent') return `${i.name.zh}为${value}（目标不低于${target}）`;
  return `${i.name.zh}完成${value}，为目标${target}的${i.completion ?? 0}%`;
}

/** The points of 存在的问题, each backed by a count; empty when the data shows none. */
export function problemPoints(p: Problems, asOf: string): Point[] {
  const points: Point[] = [];
  if (p.lagging.length) {
    const shown = p.lagging.slice(0, SHOWN).map(laggingText).join('；');
    const more = p.lagging.length > SHOWN ? '等' : '';
    points.push({
      lead: '部分指标进度滞后',
      body: joinSentences([`截至${asOf}，${p.lagging.length}项指标进度滞后或存在风险：${shown}${more}`]),
    });
  }
  const ledger = [
    p.records.submitted ? `${p.records.submitted}条台账记录尚待对方确认` : '',
    p.records.disputed ? `${p.records.disputed}条台账记录存在争议尚未解决` : '',
    p.warnings.dormant_pairing ? `${p.warnings.dormant_pairing}个结对关系长期无活动` : '',
    p.warnings.unit_inactive ? `${p.warnings.unit_inactive}个成员单位长期无填报` : '',
  ].filter(Boolean);
  if (ledger.length) points.push({ lead: '台账确认和结对活动不够及时', body: joinSentences(ledger) });
  if (p.openOrders.length) {
    const overdue = p.overdueOrders.length
      ? `其中${p.overdueOrders.length}件已超过办理期限（${p.overdueOrders
          .slice(0, SHOWN)
          .map((o) => o.serial)
          .join('、')}${p.overdueOrders.length > SHOWN ? '等' : ''}）`
      : '';
    points.push({
      lead: '督办事项落实有待加强',
      body: joinSentences([`${p.openOrders.length}件督办事项尚未办结`, overdue]),
    });
  }
  return points;
}

/** Part 存在的问题: the points from the data, or the plain statement that the data shows none. */
export function problemsPart(p: Problems, asOf: string): (ordinal: number) => Block[] {
  const points = problemPoints(p, asOf);
  return (ordinal) => [
    { kind: 'h1', text: `${chineseOrdinal(ordinal)}、存在的问题` },
    points.length
      ? { kind: 'para', runs: pointRuns(points) }
      : {
          kind: 'para',
          runs: [{ text: `截至${asOf}，暂无进度滞后的指标、未办结的督办事项和存在争议的台账记录。` }],
        },
  ];
}

/** The first paragraph of 下一步打算: what the problems call for, one clause per problem found; null when none. */
export function remedies(p: Problems): string | null {
  const names = p.lagging.slice(0, 3).map((i) => i.name.zh);
  const clauses = [
    names.length
      ? `对${names.join('、')}${p.lagging.length > 3 ? '等' : ''}进度滞后的指标，督促责任单位倒排工期、加快推进`
      : '',
    p.records.submitted ? '督促受援县及时确认台账记录' : '',
    p.records.disputed ? '协调解决存在争议的台账记录' : '',
    p.warnings.dormant_pairing ? '推动长期无活动的结对关系开展实质性帮扶' : '',
    p.openOrders.length ? '督促相关单位限期办结督办事项' : '',
  ].filter(Boolean);
  return clauses.length ? joinSentences([`针对上述问题，${clauses.join('；')}`]) : null;
}
