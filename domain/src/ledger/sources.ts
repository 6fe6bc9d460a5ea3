import { z } from 'zod';
import { L, type Label } from './declarations';

/**
 * Modules that produce ledger records (a confirmed fund payment, an accepted project), by source type: the label a
 * produced record shows for where it came from. A module adds its source types here; the server's produceRecord
 * refuses any other. A produced record changes only through its module.
 */
export const RECORD_SOURCES = {
  fund_payment_line: { label: L('资金项目 · 拨付', 'Funds · payment') },
  fund_project_completion: { label: L('资金项目 · 竣工验收', 'Funds · completion accepted') },
  cohort_support: { label: L('学生班级 · 资助帮扶', 'Cohort · student support') },
  telemedicine_request: { label: L('远程医疗 · 会诊申请', 'Telemedicine · request') },
  consumption_purchase: { label: L('消费扶贫 · 采购', 'Consumption · purchase') },
  labour_application: { label: L('劳务协作 · 录用确认', 'Labour · hire confirmed') },
  charity_transfer_line: { label: L('公益平台 · 红十字会划转', 'Charity · passed on by the Red Cross') },
} as const satisfies Record<string, { label: Label }>;

export type RecordSourceType = keyof typeof RECORD_SOURCES;
export const RECORD_SOURCE_TYPES = Object.keys(RECORD_SOURCES) as [RecordSourceType, ...RecordSourceType[]];

export const isRecordSourceType = (s: string): s is RecordSourceType => s in RECORD_SOURCES;

/** Where a produced record came from; `link` (the module's page of that row) only on a single record. */
export const recordSourceDto = z.object({
  type: z.string(),
  id: z.string(),
  label: z.object({ zh: z.string(), en: z.string() }),
  link: z.object({ path: z.string(), title: z.string() }).nullable(),
});
export type RecordSourceDto = z.infer<typeof recordSourceDto>;
