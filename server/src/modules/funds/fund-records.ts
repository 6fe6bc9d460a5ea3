import { and, desc, eq, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { orgGroups } from '../../db/schema';
import type { AppContext, RequestMeta } from '../../http/context';
import { confirmProduced, produceRecord, withdrawProduced, type Producer } from '../ledger/records.produce';
import { FUNDS_GROUP } from './funds.policy';
import type { LineRow, PaymentRow } from './money.repository';
import type { ProjectRow } from './projects.repository';

/**
 * The ledger records funds produce (the ledger stays the single source of the indicators): each line of a payment
 * a `fund_payment` record (claimed once the payment is confirmed, confirmed once the county's receipt matches it),
 * and each accepted completion a `project_completion` record. Never typed twice; linked back to the project.
 */

const projectTitle = (p: Pick<ProjectRow, 'code' | 'name'>) => `${p.code} ${p.name}`.slice(0, 200);

/** The records of a payment's lines, as the payment stands: submitted until matched, then confirmed. */
export async function producePaymentRecords(
  tx: DbOrTx,
  ctx: AppContext,
  by: Producer,
  meta: RequestMeta | null,
  payment: PaymentRow,
  lines: { line: LineRow; project: ProjectRow }[],
  status: 'submitted' | 'confirmed',
  at?: Date,
) {
  for (const { line, project } of lines)
    await produceRecord(tx, ctx, by, meta, {
      type: 'fund_payment',
      occurredOn: payment.paidOn,
      eastUnitId: payment.eastUnitId,
      countyCode: payment.countyCode,
      values: {
        fundKind: project.fundSource,
        amountFen: line.amountFen,
        purpose: project.category,
        level: project.level,
        project: projectTitle(project),
        voucher: payment.voucher,
      },
      status,
      source: { type: 'fund_payment_line', id: line.id },
      at,
    });
}

/** A matched receipt is the county's confirmation: the payments' records become confirmed, in one statement. */
export const confirmPaymentRecords = (tx: DbOrTx, by: Producer, meta: RequestMeta | null, lineIds: string[]) =>
  confirmProduced(
    tx,
    by,
    meta,
    lineIds.map((id) => ({ type: 'fund_payment_line' as const, id })),
    '县级到账已核对 / receipt matched',
  );

/** A cancelled payment leaves the counts. */
export async function withdrawPaymentRecords(
  tx: DbOrTx,
  by: Producer,
  meta: RequestMeta | null,
  lineIds: string[],
  reason: string,
) {
  for (const id of lineIds) await withdrawProduced(tx, by, meta, { type: 'fund_payment_line', id }, reason);
}

/** The east unit a county's project records name: the funds working group's lead unit (区财政局) of that year or before. */
export async function fundsLeadUnit(db: DbOrTx, tenantId: string, year: number): Promise<string> {
  const rows = await db
    .select({ unit: orgGroups.leadUnitId })
    .from(orgGroups)
    .where(
      and(
        eq(orgGroups.tenantId, tenantId),
        eq(orgGroups.code, FUNDS_GROUP),
        lte(orgGroups.year, year),
        sql`${orgGroups.leadUnitId} is not null`,
      ),
    )
    .orderBy(desc(orgGroups.year))
    .limit(1);
  if (rows[0]?.unit) return rows[0].unit;
  const later = await db
    .select({ unit: orgGroups.leadUnitId })
    .from(orgGroups)
    .where(
      and(eq(orgGroups.tenantId, tenantId), eq(orgGroups.code, FUNDS_GROUP), sql`${orgGroups.leadUnitId} is not null`),
    )
    .limit(1);
  if (!later[0]?.unit) throw new Error('the funds working group has no lead unit');
  return later[0].unit;
}

/** The record of an accepted completion: what was built and who benefits, confirmed by the acceptance itself. */
export async function produceCompletionRecord(
  tx: DbOrTx,
  ctx: AppContext,
  by: Producer,
  meta: RequestMeta | null,
  project: ProjectRow,
  completion: { completedOn: string; households: number; poorHouseholds: number; poorPersons: number },
  at?: Date,
) {
  return produceRecord(tx, ctx, by, meta, {
    type: 'project_completion',
    occurredOn: completion.completedOn,
    eastUnitId: await fundsLeadUnit(tx, project.tenantId, project.year),
    countyCode: project.countyCode,
    regionCode: project.regionCode,
    values: {
      project: projectTitle(project),
      purpose: project.category,
      level: project.level,
      amountFen: project.paidFen,
      households: completion.households,
      poorHouseholds: completion.poorHouseholds,
      poorPersons: completion.poorPersons,
      acceptedOn: completion.completedOn,
    },
    status: 'confirmed',
    source: { type: 'fund_project_completion', id: project.id },
    at,
  });
}
