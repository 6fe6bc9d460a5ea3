import { RECORD_TYPES, type ImportRowError, type TaskCadence } from '@xiezuo/domain';
import { cellDate, cellText, type Plain } from '../../../lib/xlsx/xlsx-read';
import { taskProblems, type TaskRefs } from '../tasks.refs';
import {
  CADENCE_WORDS,
  LIST_SEPARATOR,
  TASK_COLUMNS,
  type TaskColumnKey,
  type TaskHeader,
} from './tasks-excel.columns';

/** A row of the task sheet as a task's fields. */
export type ParsedTask = {
  clauseNo: string;
  text: string;
  leadUnitId: string;
  coUnitIds: string[];
  groupCode: string | null;
  cadence: TaskCadence;
  deadline: string | null;
  deliverable: string | null;
  indicatorCodes: string[];
  recordTypes: string[];
};

const column = (key: TaskColumnKey) => TASK_COLUMNS.find((c) => c.key === key)!;
const PATH_COLUMN: Record<string, TaskColumnKey> = {
  leadUnitId: 'lead',
  coUnitIds: 'co',
  groupCode: 'group',
  deadline: 'deadline',
  indicatorCodes: 'indicators',
};
const same = (a: string, b: string) => a.replace(/\s/g, '').toLowerCase() === b.replace(/\s/g, '').toLowerCase();

type Resolver<T> = (text: string) => T | undefined;

function resolvers(refs: TaskRefs) {
  const unit: Resolver<string> = (s) => refs.units.find((u) => same(u.name, s) || same(u.code, s))?.id;
  const group: Resolver<string> = (s) => refs.groups.find((g) => same(g.name, s) || same(g.code, s))?.code;
  const indicator: Resolver<string> = (s) =>
    refs.indicators.find((i) => same(i.code, s) || same(i.name.zh, s) || same(i.name.en, s))?.code;
  const recordType: Resolver<string> = (s) => RECORD_TYPES.find((t) => same(t.code, s) || same(t.label.zh, s))?.code;
  return { unit, group, indicator, recordType };
}

function cadenceOf(text: string): TaskCadence | null {
  const n = text.replace(/\s/g, '').toLowerCase();
  if ((CADENCE_WORDS.monthly as readonly string[]).includes(n)) return 'monthly';
  if ((CADENCE_WORDS.quarterly as readonly string[]).includes(n)) return 'quarterly';
  return null;
}

/** One data row checked and resolved: the task's fields, or every problem of the row by column. */
export function parseTaskRow(
  row: number,
  cells: Plain[],
  map: TaskHeader,
  refs: TaskRefs,
): { task?: ParsedTask; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const fail = (key: TaskColumnKey, zh: string, en: string) => {
    const c = column(key);
    errors.push({ row, column: { zh: c.zh, en: c.en }, zh, en });
  };
  const raw = (key: TaskColumnKey): Plain => (map[key] === undefined ? null : (cells[map[key]!] ?? null));
  const text = (key: TaskColumnKey) => cellText(raw(key));
  const list = (key: TaskColumnKey) =>
    text(key)
      .split(LIST_SEPARATOR)
      .map((s) => s.trim())
      .filter(Boolean);
  const r = resolvers(refs);
  const each = (key: TaskColumnKey, resolve: Resolver<string>, what: { zh: string; en: string }) =>
    list(key).flatMap((s) => {
      const v = resolve(s);
      if (v === undefined) fail(key, `未找到${what.zh}“${s}”`, `unknown ${what.en} “${s}”`);
      return v === undefined ? [] : [v];
    });

  const clauseNo = text('clauseNo');
  if (!clauseNo) fail('clauseNo', '必填', 'required');
  else if (clauseNo.length > 30) fail('clauseNo', '不超过 30 个字符', 'at most 30 characters');
  const body = text('text');
  if (body.length < 2) fail('text', '必填', 'required');
  const leadText = text('lead');
  const leadUnitId = leadText ? r.unit(leadText) : undefined;
  if (!leadText) fail('lead', '必填：每项任务须有牵头单位', 'required: every task has a lead unit');
  else if (!leadUnitId) fail('lead', `未找到单位“${leadText}”`, `unknown unit “${leadText}”`);
  const coUnitIds = [...new Set(each('co', r.unit, { zh: '单位', en: 'unit' }))];
  const groupText = text('group');
  const groupCode = groupText ? (r.group(groupText) ?? null) : null;
  if (groupText && !groupCode) fail('group', `未找到专项工作组“${groupText}”`, `unknown working group “${groupText}”`);
  const indicatorCodes = [...new Set(each('indicators', r.indicator, { zh: '指标', en: 'indicator' }))];
  const recordTypes = [...new Set(each('recordTypes', r.recordType, { zh: '台账类型', en: 'record type' }))];

  let cadence: TaskCadence = 'once';
  let deadline: string | null = null;
  const cadenceWord = cadenceOf(text('deadline'));
  if (cadenceWord) cadence = cadenceWord;
  else {
    const d = cellDate(raw('deadline'));
    if (d === null) fail('deadline', '必填：日期，或 按月、按季', 'required: a date, or monthly / quarterly');
    else if (d === 'invalid')
      fail('deadline', '应为日期（如 2019-06-30），或 按月、按季', 'a date, or monthly / quarterly');
    else deadline = d;
  }
  if (errors.length || !leadUnitId) return { errors };
  const task: ParsedTask = {
    clauseNo,
    text: body.slice(0, 2000),
    leadUnitId,
    coUnitIds,
    groupCode,
    cadence,
    deadline,
    deliverable: text('deliverable').slice(0, 500) || null,
    indicatorCodes,
    recordTypes,
  };
  for (const p of taskProblems(task, refs)) fail(PATH_COLUMN[p.path] ?? 'clauseNo', p.zh, p.en);
  return errors.length ? { errors } : { task, errors };
}
