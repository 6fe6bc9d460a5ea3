/** The columns of a document's task sheet (任务分工表): `read` ones are what an import uses. */
export type TaskColumnKey =
  | 'clauseNo'
  | 'text'
  | 'lead'
  | 'co'
  | 'group'
  | 'deadline'
  | 'deliverable'
  | 'indicators'
  | 'recordTypes'
  | 'status'
  | 'percent'
  | 'lastReport';

export type TaskColumn = { key: TaskColumnKey; zh: string; en: string; width: number; hint: string; read: boolean };

export const TASK_COLUMNS: readonly TaskColumn[] = [
  {
    key: 'clauseNo',
    zh: '条款编号',
    en: 'Clause',
    width: 12,
    read: true,
    hint: '必填，文件内唯一，如 三.(一).1；已有编号则更新该条任务。Required, unique in the document; an existing number updates that task.',
  },
  { key: 'text', zh: '任务内容', en: 'Task', width: 60, read: true, hint: '必填。Required.' },
  {
    key: 'lead',
    zh: '牵头单位',
    en: 'Lead unit',
    width: 18,
    read: true,
    hint: '必填，单位名称或代码。Required: a unit by name or code.',
  },
  {
    key: 'co',
    zh: '配合单位',
    en: 'Co-units',
    width: 28,
    read: true,
    hint: '可空，单位名称或代码，用“、”分隔。Optional: units separated by 、.',
  },
  {
    key: 'group',
    zh: '专项工作组',
    en: 'Working group',
    width: 20,
    read: true,
    hint: '可空，专项组名称或代码。Optional: a working group by name or code.',
  },
  {
    key: 'deadline',
    zh: '完成时限',
    en: 'Deadline',
    width: 14,
    read: true,
    hint: '必填：本年度内的日期（如 2019-06-30），或 按月、按季（全年持续推进）。Required: a date within the year, or monthly / quarterly.',
  },
  { key: 'deliverable', zh: '成果形式', en: 'Deliverable', width: 24, read: true, hint: '可空。Optional.' },
  {
    key: 'indicators',
    zh: '关联指标',
    en: 'Indicators',
    width: 30,
    read: true,
    hint: '可空，本年度指标的代码或名称，用“、”分隔；全部完成即任务完成。Optional: the year’s indicators; the task is done when all are achieved.',
  },
  {
    key: 'recordTypes',
    zh: '佐证台账类型',
    en: 'Evidence record types',
    width: 22,
    read: true,
    hint: '可空，台账类型名称或代码，用“、”分隔。Optional: record types whose records are the task’s evidence.',
  },
  { key: 'status', zh: '状态', en: 'Status', width: 10, read: false, hint: '仅供阅读。For reading.' },
  { key: 'percent', zh: '完成进度（%）', en: 'Done (%)', width: 12, read: false, hint: '仅供阅读。For reading.' },
  { key: 'lastReport', zh: '最新进展', en: 'Latest report', width: 40, read: false, hint: '仅供阅读。For reading.' },
];

/** Separators people use between names in one cell. */
export const LIST_SEPARATOR = /[、，,;；\n]+/;

const normalise = (s: string) =>
  s
    .replace(/[\s*＊:：]/g, '')
    .replace(/[（(].*[)）]$/, '')
    .toLowerCase();

export type TaskHeader = Partial<Record<TaskColumnKey, number>>;

/** Maps a header row to columns by zh label or en name (spaces and trailing brackets ignored). */
export function mapTaskHeader(header: string[]): TaskHeader {
  const map: TaskHeader = {};
  header.forEach((h, i) => {
    const n = normalise(h);
    const col = TASK_COLUMNS.find((c) => c.read && (normalise(c.zh) === n || normalise(c.en) === n));
    if (col && map[col.key] === undefined) map[col.key] = i;
  });
  return map;
}

/** The columns an import cannot do without, by their zh labels. */
export const missingTaskColumns = (map: TaskHeader) =>
  (['clauseNo', 'text', 'lead', 'deadline'] as const)
    .filter((k) => map[k] === undefined)
    .map((k) => TASK_COLUMNS.find((c) => c.key === k)!.zh);

/** What a deadline cell may say instead of a date. */
export const CADENCE_WORDS = {
  monthly: ['按月', '每月', '按月推进', 'monthly'],
  quarterly: ['按季', '每季度', '按季度', '按季推进', 'quarterly'],
} as const;
