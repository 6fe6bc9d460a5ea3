import type { RecordSummaryDto } from '@xiezuo/domain';
import type { DrillPart, DrillWhich } from '../utils/dashboard-params';

// The drill-down answer is still declared inside server/src/modules/progress/progress.routes.ts (drillDto), not in
// @xiezuo/domain; this mirrors it until it moves to domain/src/indicators/indicators.contracts.ts.

export type DrillPerson = { personId: string; name: string; idMasked: string; records: number; isDuplicate: boolean };

export type DrillDto = {
  code: string;
  part: DrillPart;
  which: DrillWhich;
  total: number;
  records: RecordSummaryDto[];
  persons: DrillPerson[];
};
