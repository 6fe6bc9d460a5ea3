import { documentDate, type TaskDto } from '@xiezuo/domain';
import type { Actor, AppContext } from '../../http/context';
import * as tasks from '../tasks/tasks.service';
import type { ReportData } from './report-data';
import type { Point } from './summary.compose';

/** The summary section a working group's tasks are written under (the template's section keys). */
const SECTION_OF_GROUP: Readonly<Record<string, string>> = {
  talent: 'talent',
  health: 'talent',
  education: 'talent',
  industry: 'industry',
  enterprises: 'industry',
  culture_tourism: 'industry',
  consumption: 'highlights',
  labour: 'labour',
  funds: 'funds',
  social: 'pairing',
  publicity: 'publicity',
};

/** A task's name as a lead: the words before "：", else the clause itself (up to its first "，" when long). */
export function taskLead(text: string): string {
  const head = text.split('：')[0]!.trim();
  if (head !== text.trim() || head.length <= 30) return head;
  return head.split('，')[0]!;
}

/** What the task's state says, and nothing more: done (with the month of its last report), or how far it is. */
function stateText(t: TaskDto): string {
  const lead = `${t.leadUnit.name}牵头`;
  if (t.status === 'done') {
    const on = t.lastReport?.reportedOn;
    return on ? `${lead}，${documentDate(on).replace(/\d+日$/, '')}已完成。` : `${lead}，已完成。`;
  }
  if (t.percent > 0) return `${lead}，正在推进，已完成${t.percent}%。`;
  return `${lead}，尚未启动。`;
}

/** Whether a scope answers for a task: the district for all, a unit for those it leads, a group for its own. */
function inScope(t: TaskDto, d: ReportData): boolean {
  switch (d.scope.kind) {
    case 'district':
      return true;
    case 'unit':
      return t.leadUnit.id === d.scope.unit;
    case 'group':
      return t.group?.code === d.scope.group;
    case 'county':
      return false;
  }
}

/**
 * The year's tasks that carry no figure (no indicator, no record type: 产业目录, 文旅, 电商, 资金监管, 结对 …) as
 * points of the section of their working group, each with the state its reports give on the report's date.
 */
export async function qualitativeTaskPoints(
  ctx: AppContext,
  actor: Actor,
  d: ReportData,
): Promise<Record<string, Point[]>> {
  if (d.scope.kind === 'county') return {};
  const all = await tasks.judgedTasks(ctx, actor, d.year, d.asOf);
  const out: Record<string, Point[]> = {};
  for (const t of all) {
    if (t.indicatorCodes.length || t.recordTypes.length || !inScope(t, d)) continue;
    const key = (t.group && SECTION_OF_GROUP[t.group.code]) ?? 'org';
    (out[key] ??= []).push({ lead: taskLead(t.text), body: stateText(t) });
  }
  return out;
}
