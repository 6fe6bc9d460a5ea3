import { seedCatalog } from '@xiezuo/domain';
import type { DbOrTx } from '../client';
import { insertIndicators, insertPlan } from '../../modules/progress/progress.repository';

/** The 2018 plan (monitoring, baselines) and the 2019 plan with the speech's targets, both published. */
export async function seedPlans(tx: DbOrTx, tenantId: string) {
  for (const year of [2018, 2019]) {
    const plan = await insertPlan(tx, tenantId, year, 'published');
    await insertIndicators(tx, tenantId, plan, seedCatalog(year));
  }
}
