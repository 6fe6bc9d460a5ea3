import {
  isUnreceived,
  PAYABLE_STAGES,
  type PaymentActionBody,
  type PaymentDto,
  type PaymentInput,
  type PaymentListQuery,
} from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { withAudit } from '../../lib/audit-tx';
import { producedRecords } from '../ledger/records.produce';
import { fundsLeadUnit, producePaymentRecords, withdrawPaymentRecords } from './fund-records';
import { checkRules, keepOverride } from './fund-rules.guard';
import { workingDate } from '../settings/working-date.service';
import { type WhatIf } from './fund-rules.service';
import { fundsScope, isApprover, isAuditor, isPayer, isPaymentChecker, seesCounty } from './funds.policy';
import * as names from './funds-names.repository';
import { matchCounties, settingsOf } from './matching.service';
import * as money from './money.repository';
import { openFenOf } from './projects.presenter';
import * as repo from './projects.repository';

const minusDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

async function present(ctx: AppContext, actor: Actor, rows: money.PaymentRow[]): Promise<PaymentDto[]> {
  const ids = rows.map((r) => r.id);
  const [lines, receipts, counties, units, users, settings] = await Promise.all([
    money.linesOf(ctx.db, ids),
    money.receiptsOfPayments(ctx.db, ids),
    names.listCounties(ctx.db, actor.tenantId),
    names.unitNames(
      ctx.db,
      rows.map((r) => r.eastUnitId),
    ),
    names.userNames(
      ctx.db,
      rows.flatMap((r) => [r.createdBy, r.confirmedBy]),
    ),
    settingsOf(ctx.db, actor.tenantId),
  ]);
  const produced = await producedRecords(
    ctx.db,
    actor.tenantId,
    'fund_payment_line',
    lines.map((l) => l.line.id),
  );
  const countyName = new Map(counties.map((c) => [c.code, c.name]));
  const receiptOf = new Map(receipts.map((r) => [r.paymentId!, r]));
  const now = await workingDate(ctx.db, actor.tenantId);
  return rows.map((p) => {
    const r = receiptOf.get(p.id);
    const confirmed = p.status === 'confirmed';
    return {
      id: p.id,
      year: p.year,
      countyCode: p.countyCode,
      countyName: countyName.get(p.countyCode) ?? p.countyCode,
      eastUnit: { id: p.eastUnitId, name: units.get(p.eastUnitId) ?? '' },
      paidOn: p.paidOn,
      batch: p.batch,
      voucher: p.voucher,
      amountFen: p.amountFen,
      status: p.status,
      match: !confirmed
        ? null
        : r
          ? 'matched'
          : isUnreceived(p.paidOn, now, settings.unreceivedDays)
            ? 'unreceived'
            : 'waiting',
      receipt: r ? { id: r.id, voucher: r.voucher, receivedOn: r.receivedOn } : null,
      daysWaiting:
        confirmed && !r ? Math.max(0, Math.round((Date.parse(now) - Date.parse(p.paidOn)) / 86_400_000)) : null,
      note: p.note,
      lines: lines
        .filter((l) => l.line.paymentId === p.id)
        .map((l) => ({
          id: l.line.id,
          projectId: l.line.projectId,
          projectCode: l.projectCode,
          projectName: l.projectName,
          amountFen: l.line.amountFen,
          recordId: produced.get(l.line.id)?.id ?? null,
        })),
      createdBy: p.createdBy ? (users.get(p.createdBy) ?? null) : null,
      confirmedBy: p.confirmedBy ? (users.get(p.confirmedBy) ?? null) : null,
      version: p.version,
      abilities: {
        confirm: p.status === 'recorded' && isPaymentChecker(actor, p.createdBy),
        cancel: (p.status === 'recorded' && isPayer(actor)) || (confirmed && !r && isApprover(actor)),
        raiseFinding: isAuditor(actor),
      },
    };
  });
}

export async function list(ctx: AppContext, actor: Actor, q: PaymentListQuery) {
  const settings = await settingsOf(ctx.db, actor.tenantId);
  const before = minusDays(await workingDate(ctx.db, actor.tenantId), settings.unreceivedDays);
  const { rows, total } = await money.listPayments(ctx.db, actor.tenantId, fundsScope(actor), q, before);
  return { items: await present(ctx, actor, rows), total, page: q.page, pageSize: q.pageSize };
}

export async function get(ctx: AppContext, actor: Actor, id: string): Promise<PaymentDto> {
  const p = await money.findPayment(ctx.db, actor.tenantId, id);
  if (!p || !seesCounty(actor, p.countyCode)) throw new AppError('NOT_FOUND');
  return (await present(ctx, actor, [p]))[0]!;
}

const lineError = (i: number, message: string) => ({ path: `lines.${i}.projectId`, message });

/** The lines' projects, checked: visible, of the payment's county, approved and payable, each within its open amount. */
async function checkLines(db: DbOrTx, actor: Actor, input: PaymentInput) {
  const ids = [...new Set(input.lines.map((l) => l.projectId))];
  const projects = new Map((await repo.lockMany(db, actor.tenantId, ids)).map((p) => [p.id, p]));
  const errors = input.lines.flatMap((l, i) => {
    const p = projects.get(l.projectId);
    if (!p || !seesCounty(actor, p.countyCode)) return [lineError(i, 'unknown project / 项目不存在')];
    if (p.countyCode !== input.countyCode) return [lineError(i, 'a project of another county / 项目不属于该县')];
    return [];
  });
  if (errors.length) throw new AppError('VALIDATION_FAILED', { fields: errors });
  const unpayable = input.lines.filter((l) => !PAYABLE_STAGES.includes(projects.get(l.projectId)!.stage));
  if (unpayable.length)
    throw new AppError('INVALID_TRANSITION', {
      reason: 'projects not approved / 项目尚未批复或已结束',
      projects: unpayable.map((l) => projects.get(l.projectId)!.code),
    });
  const asked = new Map<string, number>();
  for (const l of input.lines) asked.set(l.projectId, (asked.get(l.projectId) ?? 0) + l.amountFen);
  const over = [...asked].filter(([id, fen]) => fen > openFenOf(projects.get(id)!));
  if (over.length)
    throw new AppError('AMOUNT_OVER_OPEN', {
      projects: over.map(([id, fen]) => ({
        code: projects.get(id)!.code,
        askedFen: fen,
        openFen: openFenOf(projects.get(id)!),
      })),
    });
  return projects;
}

/** The east records a payment (拨付) to a county covering projects; a checker confirms it later. */
export async function create(ctx: AppContext, actor: Actor, meta: RequestMeta, input: PaymentInput) {
  if (!isPayer(actor)) throw new AppError('FORBIDDEN');
  if (!(await names.listCounties(ctx.db, actor.tenantId)).some((c) => c.code === input.countyCode))
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ path: 'countyCode', message: 'not an assisted county / 非受援县' }],
    });
  const year = Number(input.paidOn.slice(0, 4));
  const eastUnitId = input.eastUnitId ?? (await fundsLeadUnit(ctx.db, actor.tenantId, year));
  const id = await withAudit(ctx.db, actor, meta, async (tx) => {
    await checkLines(tx, actor, input);
    const { payment } = await money.insertPayment(
      tx,
      {
        tenantId: actor.tenantId,
        year,
        countyCode: input.countyCode,
        eastUnitId,
        paidOn: input.paidOn,
        batch: input.batch,
        voucher: input.voucher,
        amountFen: input.lines.reduce((s, l) => s + l.amountFen, 0),
        note: input.note,
        createdBy: actor.userId,
      },
      input.lines,
    );
    await money.recomputeProjectMoney(
      tx,
      input.lines.map((l) => l.projectId),
    );
    return {
      result: payment.id,
      audit: {
        action: 'payment.record',
        outcome: 'success',
        objectType: 'payment',
        objectId: payment.id,
        details: {
          county: input.countyCode,
          amountFen: payment.amountFen,
          voucher: input.voucher,
          lines: input.lines.length,
        },
      },
    };
  });
  return get(ctx, actor, id);
}

async function linesWithProjects(db: DbOrTx, tenantId: string, paymentId: string) {
  const lines = (await money.linesOf(db, [paymentId])).map((l) => l.line);
  const projects = new Map(
    (
      await repo.lockMany(
        db,
        tenantId,
        lines.map((l) => l.projectId),
      )
    ).map((p) => [p.id, p]),
  );
  return lines.map((line) => ({ line, project: projects.get(line.projectId)! }));
}

/** The what-if of confirming a payment: its lines paid to the county, by their projects' purpose and level. */
const paymentWhatIf = (p: money.PaymentRow, lines: Awaited<ReturnType<typeof linesWithProjects>>): WhatIf => ({
  kind: 'payment',
  id: p.id,
  title: `${p.voucher}`,
  rows: lines.map(({ line, project }) => ({
    countyCode: p.countyCode,
    fundKind: project.fundSource,
    purpose: project.category,
    level: project.level,
    amountFen: line.amountFen,
  })),
});

/** Confirm (checker ≠ maker, fund rules checked) or cancel a payment. */
export async function act(ctx: AppContext, actor: Actor, meta: RequestMeta, id: string, body: PaymentActionBody) {
  const p = await money.findPayment(ctx.db, actor.tenantId, id);
  if (!p || !seesCounty(actor, p.countyCode)) throw new AppError('NOT_FOUND');
  if (body.version !== undefined && body.version !== p.version)
    throw new AppError('CONFLICT', { currentVersion: p.version });
  if (body.action === 'confirm') await confirm(ctx, actor, meta, p, body);
  else await cancel(ctx, actor, meta, p, body);
  return get(ctx, actor, id);
}

async function confirm(ctx: AppContext, actor: Actor, meta: RequestMeta, p: money.PaymentRow, body: PaymentActionBody) {
  if (p.status !== 'recorded') throw new AppError('INVALID_TRANSITION', { status: p.status });
  if ((isApprover(actor) || isPayer(actor)) && p.createdBy === actor.userId) throw new AppError('SAME_MAKER_CHECKER');
  if (!isPaymentChecker(actor, p.createdBy)) throw new AppError('FORBIDDEN');
  const lines = await linesWithProjects(ctx.db, actor.tenantId, p.id);
  const rules = await checkRules(ctx, actor, p.year, paymentWhatIf(p, lines), body);
  await withAudit(ctx.db, actor, meta, async (tx) => {
    const after = await money.updatePayment(tx, p.id, p.version, {
      status: 'confirmed',
      confirmedBy: actor.userId,
      confirmedAt: new Date(),
    });
    if (!after) throw new AppError('CONFLICT', { currentVersion: p.version });
    const fresh = await linesWithProjects(tx, actor.tenantId, p.id);
    await producePaymentRecords(tx, ctx, actor, meta, after, fresh, 'submitted');
    const projectIds = fresh.map((l) => l.project.id);
    await money.recomputeProjectMoney(tx, projectIds);
    await allocate(tx, actor, projectIds, p);
    if (rules.breaks.length)
      await keepOverride(
        tx,
        actor,
        rules,
        { type: 'payment', id: p.id, projectId: projectIds[0] ?? null, countyCode: p.countyCode },
        body.reason!,
      );
    const { matched } = await matchCounties(tx, actor, meta, [p.countyCode]);
    return {
      result: after,
      audit: {
        action: 'payment.confirm',
        outcome: 'success',
        objectType: 'payment',
        objectId: p.id,
        details: {
          amountFen: p.amountFen,
          matched,
          ...(rules.breaks.length ? { override: true, breaks: rules.breaks } : {}),
        },
      },
    };
  });
}

/** Approved projects a confirmed payment covers move to allocated. */
async function allocate(tx: DbOrTx, actor: Actor, projectIds: string[], p: money.PaymentRow) {
  const moved = await repo.moveStage(tx, actor.tenantId, projectIds, 'approved', 'allocated');
  await repo.insertEvents(
    tx,
    moved.map((projectId) => ({
      tenantId: actor.tenantId,
      projectId,
      action: 'allocate',
      fromStage: 'approved',
      toStage: 'allocated',
      userId: actor.userId,
      details: { payment: p.id, voucher: p.voucher },
    })),
  );
}

async function cancel(ctx: AppContext, actor: Actor, meta: RequestMeta, p: money.PaymentRow, body: PaymentActionBody) {
  const matched = (await money.receiptsOfPayments(ctx.db, [p.id])).length > 0;
  if (p.status === 'cancelled' || matched) throw new AppError('INVALID_TRANSITION', { status: p.status, matched });
  if (p.status === 'recorded' ? !isPayer(actor) : !isApprover(actor)) throw new AppError('FORBIDDEN');
  if (p.status === 'confirmed' && !body.reason?.trim())
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ path: 'reason', message: 'a reason is required / 请填写理由' }],
    });
  await withAudit(ctx.db, actor, meta, async (tx) => {
    const after = await money.updatePayment(tx, p.id, p.version, { status: 'cancelled' });
    if (!after) throw new AppError('CONFLICT', { currentVersion: p.version });
    const lines = (await money.linesOf(tx, [p.id])).map((l) => l.line);
    if (p.status === 'confirmed')
      await withdrawPaymentRecords(
        tx,
        actor,
        meta,
        lines.map((l) => l.id),
        body.reason!.trim(),
      );
    await money.recomputeProjectMoney(
      tx,
      lines.map((l) => l.projectId),
    );
    return {
      result: after,
      audit: {
        action: 'payment.cancel',
        outcome: 'success',
        objectType: 'payment',
        objectId: p.id,
        details: { from: p.status, reason: body.reason ?? null },
      },
    };
  });
}
