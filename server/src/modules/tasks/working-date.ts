import type { DbOrTx } from '../../db/client';
import { workingDate } from '../settings/working-date.service';

/** "Today" for deadlines, overdue tasks and report periods: the tenant's working date (工作日期), as every module's. */
export const workingDateOf = (db: DbOrTx, tenantId: string): Promise<string> => workingDate(db, tenantId);
