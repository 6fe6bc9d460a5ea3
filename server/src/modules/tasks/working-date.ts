import type { DbOrTx } from '../../db/client';

/**
 * "Today" for deadlines, overdue tasks and report periods: the tenant's working date (工作日期) once the setting lands;
 * until then the date in Beijing. Every date judgement of this module goes through here.
 */
export async function workingDateOf(_db: DbOrTx, _tenantId: string): Promise<string> {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}
