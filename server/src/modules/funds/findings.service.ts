import {
  FINDING_TRANSITIONS,
  isFindingOverdue,
  type FindingActionBody,
  type FindingDto,
  type FindingInput,
  type FindingListQuery,
} from '@xiezuo/domain';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { withAudit } from '../../lib/audit-tx';
import { attachEvidence, listEvidence, openEvidence } from '../../lib/files/evidence.service';
import type { Upload } from '../../lib/files/upload';
import { FINDING_EVIDENCE } from './fund-evidence';
import { workingDate } from '../settings/working-date.service';
import { fundsScope, isAuditor, isFindingResponsible, seesCounty } from './funds.policy';
import * as names from './funds-names.repository';
import * as repo from './findings.repository';
import * as money from './money.repository';
import * as projects from './projects.repository';

export const serialOf = (f: { year: number; serialNo: number }) => `审计发现〔${f.year}〕${f.serialNo}号`;

function abilities(actor: Actor, f: repo.FindingRow) {
  const auditor = isAuditor(actor);
  const responsible = isFindingResponsible(actor, f);
  return {
    rectify: responsible && FINDING_TRANSITIONS.rectify.from.includes(f.status),
    accept: auditor && FINDING_TRANSITIONS.accept.from.includes(f.status),
    return: auditor && FINDING_TRANSITIONS.return.from.includes(f.status),
    attach: (responsible || isAuditor(actor)) && f.status !== 'closed',
  };
}

async function present(ctx: AppContext, actor: Actor, rows: repo.FindingRow[]): Promise<FindingDto[]> {
  const ids = rows.map((r) => r.id);
  const [events, subjects, counties, who, files] = await Promise.all([
    repo.eventsOf(ctx.db, ids),
    repo.subjectsOf(ctx.db, rows),
    names.listCounties(ctx.db, actor.tenantId),
    names.userNames(
      ctx.db,
      rows.map((r) => r.raisedBy),
    ),
    listEvidence(ctx.db, FINDING_EVIDENCE, ids),
  ]);
  const countyName = new Map(counties.map((c) => [c.code, c.name]));
  const now = await workingDate(ctx.db, actor.tenantId);
  return rows.map((f) => ({
    id: f.id,
    serial: serialOf(f),
    year: f.year,
    countyCode: f.countyCode,
    countyName: countyName.get(f.countyCode) ?? f.countyCode,
    project: f.projectId ? (subjects.projects.get(f.projectId) ?? null) : null,
    payment: f.paymentId ? (subjects.payments.get(f.paymentId) ?? null) : null,
    kind: f.kind as FindingDto['kind'],
    amountFen: f.amountFen,
    basis: f.basis,
    description: f.description,
    deadline: f.deadline,
    status: f.status,
    overdue: isFindingOverdue(f, now),
    raisedBy: f.raisedBy ? (who.get(f.raisedBy) ?? null) : null,
    createdAt: f.createdAt.toISOString(),
    history: events
      .filter((e) => e.findingId === f.id)
      .map((e) => ({ at: e.at.toISOString(), action: e.action, toStatus: e.toStatus, user: e.user, text: e.text })),
    files: files
      .filter((x) => x.ownerId === f.id)
      .map((x) => ({
        id: x.id,
        filename: x.filename,
        size: x.size,
        createdAt: x.createdAt.toISOString(),
      })),
    version: f.version,
    abilities: abilities(actor, f),
  }));
}

export async function list(ctx: AppContext, actor: Actor, q: FindingListQuery) {
  const { rows, total } = await repo.listPage(ctx.db, actor.tenantId, fundsScope(actor), q);
  return { items: await present(ctx, actor, rows), total, page: q.page, pageSize: q.pageSize };
}

async function loadVisible(ctx: AppContext, actor: Actor, id: string) {
  const f = await repo.findById(ctx.db, actor.tenantId, id);
  if (!f || !seesCounty(actor, f.countyCode)) throw new AppError('NOT_FOUND');
  return f;
}

export async function get(ctx: AppContext, actor: Actor, id: string): Promise<FindingDto> {
  return (await present(ctx, actor, [await loadVisible(ctx, actor, id)]))[0]!;
}

/** The subject of a new finding: a visible project or payment, which gives the county and the year. */
async function subjectOf(ctx: AppContext, actor: Actor, input: FindingInput) {
  if (input.projectId) {
    const p = await projects.findWide(ctx.db, actor.tenantId, input.projectId);
    if (!p || !seesCounty(actor, p.countyCode)) throw new AppError('NOT_FOUND');
    return { countyCode: p.countyCode, year: p.year };
  }
  const pay = await money.findPayment(ctx.db, actor.tenantId, input.paymentId!);
  if (!pay || !seesCounty(actor, pay.countyCode)) throw new AppError('NOT_FOUND');
  return { countyCode: pay.countyCode, year: pay.year };
}

/** The auditor records a finding (kind, amount involved, basis, deadline) on a project or a payment. */
export async function create(ctx: AppContext, actor: Actor, meta: RequestMeta, input: FindingInput) {
  if (!isAuditor(actor)) throw new AppError('FORBIDDEN');
  const s = await subjectOf(ctx, actor, input);
  const id = await withAudit(ctx.db, actor, meta, async (tx) => {
    const f = await repo.insert(tx, {
      ...input,
      ...s,
      tenantId: actor.tenantId,
      serialNo: await repo.nextSerial(tx, actor.tenantId, s.year),
      raisedBy: actor.userId,
    });
    await repo.insertEvent(tx, {
      tenantId: actor.tenantId,
      findingId: f.id,
      action: 'raise',
      toStatus: 'open',
      userId: actor.userId,
      text: input.description,
    });
    return {
      result: f.id,
      audit: {
        action: 'finding.raise',
        outcome: 'success',
        objectType: 'finding',
        objectId: f.id,
        details: {
          serial: serialOf(f),
          kind: input.kind,
          amountFen: input.amountFen,
          project: input.projectId,
          payment: input.paymentId,
        },
      },
    };
  });
  return get(ctx, actor, id);
}

/** The responsible side reports rectification; the auditor accepts (closed, 销号) or returns it. */
export async function act(ctx: AppContext, actor: Actor, meta: RequestMeta, id: string, body: FindingActionBody) {
  const f = await loadVisible(ctx, actor, id);
  const step = FINDING_TRANSITIONS[body.action];
  if (!step.from.includes(f.status))
    throw new AppError('INVALID_TRANSITION', { status: f.status, action: body.action });
  const may = step.by === 'responsible' ? isFindingResponsible(actor, f) : isAuditor(actor);
  if (!may) throw new AppError('FORBIDDEN');
  if (body.version !== undefined && body.version !== f.version)
    throw new AppError('CONFLICT', { currentVersion: f.version });
  await withAudit(ctx.db, actor, meta, async (tx) => {
    const after = await repo.updateVersioned(tx, id, f.version, {
      status: step.to,
      closedAt: step.to === 'closed' ? new Date() : null,
    });
    if (!after) throw new AppError('CONFLICT', { currentVersion: f.version });
    await repo.insertEvent(tx, {
      tenantId: actor.tenantId,
      findingId: id,
      action: body.action,
      toStatus: step.to,
      userId: actor.userId,
      text: body.text,
    });
    return {
      result: after,
      audit: {
        action: `finding.${body.action}`,
        outcome: 'success',
        objectType: 'finding',
        objectId: id,
        details: { from: f.status, to: step.to, text: body.text },
      },
    };
  });
  return get(ctx, actor, id);
}

/** Rectification evidence, by the responsible side or the auditor, until the finding is closed. */
export async function attachFile(ctx: AppContext, actor: Actor, meta: RequestMeta, id: string, upload: Upload) {
  await attachEvidence(ctx, actor, meta, FINDING_EVIDENCE, id, upload, {
    check: async () => {
      const f = await loadVisible(ctx, actor, id);
      if (f.status === 'closed') throw new AppError('INVALID_TRANSITION', { status: f.status });
      if (!abilities(actor, f).attach) throw new AppError('FORBIDDEN');
      return f;
    },
  });
  return get(ctx, actor, id);
}

export async function openFile(ctx: AppContext, actor: Actor, id: string, fileId: string) {
  await loadVisible(ctx, actor, id);
  return openEvidence(ctx, actor.tenantId, FINDING_EVIDENCE, id, fileId);
}
