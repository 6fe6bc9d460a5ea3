import type { TaskCadence } from '@xiezuo/domain';

/**
 * 南开区2019年东西部扶贫协作和支援合作任务分工: every 一是/二是 of the speech's parts 二 and 三, split where one item
 * holds several commitments, with the lead units the speech names (a section's working group lead where it names
 * none). `demo` says where each stands on the demo date, 2019-09-30: the lead unit's percent in its last report,
 * the month it was done (with an evidence file), months it failed to report.
 */
export type DemoClause = {
  no: string;
  text: string;
  lead: string;
  co?: string[];
  group?: string;
  /** A date, or a cadence for recurring work. */
  due: string | Exclude<TaskCadence, 'once'>;
  deliverable?: string;
  indicators?: string[];
  records?: string[];
  demo: { percent: number; doneIn?: string; skip?: string[]; lastIn?: string; coReports?: boolean };
};
