import { DEFAULT_ASSESSMENT_ITEMS } from '@xiezuo/domain';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import {
  assessmentSchemes,
  supervisionEvents,
  supervisionOrders,
  supervisionOrderUnits,
  supervisionResponses,
  units,
  users,
} from '../schema';

const at = (iso: string) => new Date(`${iso}+08:00`);

/**
 * The default 2019 assessment scheme, and two demo orders around the demo date: 决定事项〔2019〕1号 to 区卫生健康委,
 * answered on time and closed, and 督办〔2019〕2号 to 区人社局 on the employment target, open (and overdue by now).
 */
export async function seedOversight(tx: DbOrTx, tenantId: string) {
  await tx
    .insert(assessmentSchemes)
    .values({ tenantId, year: 2019, items: DEFAULT_ASSESSMENT_ITEMS })
    .onConflictDoNothing();
  const unitId = async (code: string) =>
    (
      await tx
        .select({ id: units.id })
        .from(units)
        .where(and(eq(units.tenantId, tenantId), eq(units.code, code)))
    )[0]!.id;
  const userId = async (username: string) =>
    (await tx.select({ id: users.id }).from(users).where(eq(users.username, username)))[0]?.id ?? null;
  const office = await userId('office');
  const [renshe, weijianwei] = [await unitId('renshe'), await unitId('weijianwei')];

  const [open] = await tx
    .insert(supervisionOrders)
    .values({
      tenantId,
      year: 2019,
      serialNo: 2,
      kind: 'supervision',
      subject: '贫困人口到其他地区就业进度滞后',
      warningId: 'indicator_behind:2019:labour.employed_elsewhere',
      indicatorCodes: ['labour.employed_elsewhere'],
      dueDate: '2019-10-15',
      requiredResponse:
        '劳务协作：贫困人口到其他地区就业 已完成 600 人，按进度应完成 963 人，差 363 人（目标 1,287 人）。请说明原因，报送四季度组织外出务工的措施和分县计划。',
      createdBy: office,
      createdAt: at('2019-09-30T09:00:00'),
      updatedAt: at('2019-09-30T09:00:00'),
    })
    .returning();
  await tx.insert(supervisionOrderUnits).values({ orderId: open!.id, unitId: renshe, tenantId });
  await tx.insert(supervisionEvents).values({
    tenantId,
    orderId: open!.id,
    action: 'create',
    toStatus: 'open',
    userId: office,
    at: at('2019-09-30T09:00:00'),
  });

  const [closed] = await tx
    .insert(supervisionOrders)
    .values({
      tenantId,
      year: 2019,
      serialNo: 1,
      kind: 'leadership_decision',
      subject: '领导小组第二次会议决定：9 月底前完成夏河县“医疗服务支援行”',
      indicatorCodes: ['talent.medical_missions'],
      dueDate: '2019-09-10',
      requiredResponse: '组织专家团赴夏河县开展义诊和讲座，报送活动记录并提请夏河县确认。',
      status: 'closed',
      createdBy: office,
      respondedAt: at('2019-09-05T16:30:00'),
      closedAt: at('2019-09-08T10:00:00'),
      version: 3,
      createdAt: at('2019-08-20T15:00:00'),
      updatedAt: at('2019-09-08T10:00:00'),
    })
    .returning();
  await tx.insert(supervisionOrderUnits).values({ orderId: closed!.id, unitId: weijianwei, tenantId });
  await tx.insert(supervisionResponses).values({
    tenantId,
    orderId: closed!.id,
    unitId: weijianwei,
    text: '专家团 10 人已于 9 月赴夏河县开展义诊 5 天，活动记录已报送，待夏河县确认。',
    at: at('2019-09-05T16:30:00'),
  });
  await tx.insert(supervisionEvents).values([
    {
      tenantId,
      orderId: closed!.id,
      action: 'create',
      toStatus: 'open',
      userId: office,
      at: at('2019-08-20T15:00:00'),
    },
    {
      tenantId,
      orderId: closed!.id,
      action: 'respond',
      fromStatus: 'open',
      toStatus: 'responded',
      at: at('2019-09-05T16:30:00'),
    },
    {
      tenantId,
      orderId: closed!.id,
      action: 'accept',
      fromStatus: 'responded',
      toStatus: 'closed',
      userId: office,
      note: '同意办结',
      at: at('2019-09-08T10:00:00'),
    },
  ]);
}
