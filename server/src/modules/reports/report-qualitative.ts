import type { IndicatorDecl, IndicatorRule } from '@xiezuo/domain';
import type { AppContext } from '../../http/context';
import type { ReportData } from './report-data';
import * as repo from './reports.repository';
import type { Point } from './summary.compose';

/** The task a qualitative indicator counts (its rule's `task` filter), if it counts task evidence. */
function taskOf(rule: IndicatorRule): string | null {
  if (rule.agg === 'ratio' || !('types' in rule) || !rule.types.includes('task_evidence')) return null;
  const f = rule.filters.find((x) => x.field === 'task' && x.op === 'eq');
  return typeof f?.value === 'string' ? f.value : null;
}

/** "环县为黄花菜、中药材，庆城县为苹果、肉羊。" from the confirmed evidence of one task. */
function evidenceText(rows: repo.EvidenceRow[]): string {
  return `${rows.map((r) => (r.county_name ? `${r.county_name}为${r.subject}` : r.subject)).join('，')}。`;
}

/**
 * The year's qualitative tasks with their confirmed evidence, as points for the section of their category: a
 * qualitative indicator without evidence says nothing (nothing was done that a record shows).
 */
export async function qualitativePoints(
  ctx: AppContext,
  tenantId: string,
  d: ReportData,
): Promise<Record<string, Point[]>> {
  const tasks = d.decls
    .filter((x) => x.target.kind === 'qualitative')
    .map((x) => ({ decl: x, task: taskOf(x.rule) }))
    .filter((x): x is { decl: IndicatorDecl; task: string } => x.task !== null);
  if (!tasks.length) return {};
  const rows = await repo.taskEvidence(
    ctx.db,
    {
      tenantId,
      year: d.year,
      asOf: d.asOf,
      county: d.scope.kind === 'county' ? d.scope.county : undefined,
      unit: d.scope.kind === 'unit' ? d.scope.unit : undefined,
      types: ['task_evidence'],
    },
    tasks.map((t) => t.task),
  );
  const out: Record<string, Point[]> = {};
  for (const { decl, task } of tasks) {
    const mine = rows.filter((r) => r.task === task);
    if (!mine.length) continue;
    (out[decl.category] ??= []).push({ lead: decl.name.zh, body: evidenceText(mine) });
  }
  return out;
}
