import {
  mismatchOf,
  type ExpenditureInput,
  type FundReceiptDto,
  type ReceiptInput,
  type ReceiptListQuery,
} from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { withAudit } from '../../lib/audit-tx';
import { fundsScope, isCountySide, seesCounty } from './funds.policy';
import * as names from './funds-names.repository';
import { matchCounties } from './matching.service';
import * as money from './money.repository';
import * as repo from './projects.repository';
import { get as getProject, loadVisible } from './projects.service';

async function present(db: DbOrTx, tenantId: string, rows: money.ReceiptRow[]): Promise<FundReceiptDto[]> {
  const paymentIds = [...new Set(rows.flatMap((r) => (r.paymentId ? [r.paymentId] : [])))];
  const [counties, projects, users, payments, sameVoucher] = await Promise.all([
    names.listCounties(db, tenantId),
    repo.findManyWide(db, tenantId, [...new Set(rows.flatMap((r) => (r.projectId ? [r.projectId] : [])))]),
    names.userNames(
      db,
      rows.map((r) => r.createdBy),
    ),
    Promise.all(paymentIds.map((id) => money.findPayment(db, tenantId, id))),
    money.paymentsByVouchers(
      db,
      tenantId,
      rows.filter((r) => !r.paymentId).map((r) => r.voucher),
    ),
  ]);
  const countyName = new Map(counties.map((c) => [c.code, c.name]));
  const project = new Map(projects.map((p) => [p.id, p]));
  const payment = new Map(payments.flatMap((p) => (p ? [[p.id, p] as const] : [])));
  return rows.map((r) => {
    const pr = r.projectId ? project.get(r.projectId) : undefined;
    const pay = r.paymentId ? payment.get(r.paymentId) : undefined;
    return {
      id: r.id,
      countyCode: r.countyCode,
      countyName: countyName.get(r.countyCode) ?? r.countyCode,
      receivedOn: r.receivedOn,
      amountFen: r.amountFen,
      voucher: r.voucher,
      payer: r.payer,
      project: pr ? { id: pr.id, code: pr.code, name: pr.name } : null,
      payment: pay ? { id: pay.id, voucher: pay.voucher, paidOn: pay.paidOn, amountFen: pay.amountFen } : null,
      mismatch: r.paymentId ? null : mismatchOf(r, sameVoucher),
      note: r.note,
      createdBy: r.createdBy ? (users.get(r.createdBy) ?? null) : null,
    };
  });
}

export async function list(ctx: AppContext, actor: Actor, q: ReceiptListQuery) {
  const { rows, total } = await money.listReceipts(ctx.db, actor.tenantId, fundsScope(actor), q);
  return { items: await present(ctx.db, actor.tenantId, rows), total, page: q.page, pageSize: q.pageSize };
}

export async function get(ctx: AppContext, actor: Actor, id: string): Promise<FundReceiptDto> {
  const r = await money.findReceipt(ctx.db, actor.tenantId, id);
  if (!r || !seesCounty(actor, r.countyCode)) throw new AppError('NOT_FOUND');
  return (await present(ctx.db, actor.tenantId, [r]))[0]!;
}

const refuse = (path: string, message: string): never => {
  throw new AppError('VALIDATION_FAILED', { fields: [{ path, message }] });
};

/** The county records money received (到账) with its own voucher; it is matched to a payment at once if one fits. */
export async function create(ctx: AppContext, actor: Actor, meta: RequestMeta, input: ReceiptInput) {
  if (!isCountySide(actor, input.countyCode)) throw new AppError('FORBIDDEN');
  if (input.projectId) {
    const p = await repo.findWide(ctx.db, actor.tenantId, input.projectId);
    if (!p || p.countyCode !== input.countyCode)
      refuse('projectId', 'unknown project or of another county / 项目不存在或不属于该县');
  }
  const id = await withAudit(ctx.db, actor, meta, async (tx) => {
    const [row] = await money.insertReceipts(tx, [
      {
        ...input,
        tenantId: actor.tenantId,
        year: Number(input.receivedOn.slice(0, 4)),
        createdBy: actor.userId,
      },
    ]);
    if (!row)
      throw new AppError('DUPLICATE', {
        fields: [{ path: 'voucher', message: 'voucher already booked / 凭证号已登记' }],
      });
    const { matched } = await matchCounties(tx, actor, meta, [input.countyCode]);
    return {
      result: row.id,
      audit: {
        action: 'receipt.record',
        outcome: 'success',
        objectType: 'receipt',
        objectId: row.id,
        details: { county: input.countyCode, amountFen: input.amountFen, voucher: input.voucher, matched },
      },
    };
  });
  return get(ctx, actor, id);
}

/** The county records spending on a project (支出), at most what the project has received. */
export async function spend(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  projectId: string,
  input: ExpenditureInput,
) {
  const p = await loadVisible(ctx.db, actor, projectId);
  if (!isCountySide(actor, p.countyCode)) throw new AppError('FORBIDDEN');
  if (!['received', 'under_way', 'completed'].includes(p.stage))
    throw new AppError('INVALID_TRANSITION', { stage: p.stage });
  await withAudit(ctx.db, actor, meta, async (tx) => {
    const [locked] = await repo.lockMany(tx, actor.tenantId, [projectId]);
    if (locked!.spentFen + input.amountFen > locked!.receivedFen)
      throw new AppError('AMOUNT_OVER_RECEIVED', { receivedFen: locked!.receivedFen, spentFen: locked!.spentFen });
    const e = await money.insertExpenditure(tx, {
      ...input,
      tenantId: actor.tenantId,
      projectId,
      createdBy: actor.userId,
    });
    await money.recomputeProjectMoney(tx, [projectId]);
    await repo.insertEvent(tx, {
      tenantId: actor.tenantId,
      projectId,
      action: 'spend',
      fromStage: p.stage,
      toStage: p.stage,
      userId: actor.userId,
      details: { amountFen: input.amountFen, voucher: input.voucher },
    });
    return {
      result: e,
      audit: {
        action: 'project.spend',
        outcome: 'success',
        objectType: 'project',
        objectId: projectId,
        details: { amountFen: input.amountFen, voucher: input.voucher },
      },
    };
  });
  return getProject(ctx, actor, projectId);
}
