import {
  EDITABLE_STAGES,
  type ProjectDto,
  type ProjectInput,
  type ProjectListDto,
  type ProjectListQuery,
  type ProjectPatch,
} from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { withAudit } from '../../lib/audit-tx';
import { listEvidence } from '../../lib/files/evidence.service';
import { PROJECT_EVIDENCE } from './fund-evidence';
import { producedRecords } from '../ledger/records.produce';
import { checkPeople, personProblemMessage, resolvePeople } from '../persons/persons.resolve';
import { fundsScope, isApprover, isProposer, seesCounty } from './funds.policy';
import * as names from './funds-names.repository';
import * as money from './money.repository';
import { presentProjectSummary, projectAbilities, stageLabel } from './projects.presenter';
import * as repo from './projects.repository';

/** The project if the caller may see it; 404 otherwise (another county's project does not exist for them). */
export async function loadVisible(db: DbOrTx, actor: Actor, id: string): Promise<repo.ProjectWide> {
  const p = await repo.findWide(db, actor.tenantId, id);
  if (!p || !seesCounty(actor, p.countyCode)) throw new AppError('NOT_FOUND');
  return p;
}

export async function list(ctx: AppContext, actor: Actor, q: ProjectListQuery): Promise<ProjectListDto> {
  const { rows, total, totals } = await repo.listPage(ctx.db, actor.tenantId, fundsScope(actor), q);
  return { items: rows.map(presentProjectSummary), total, totals, page: q.page, pageSize: q.pageSize };
}

const invalid = (path: string, message: string): never => {
  throw new AppError('VALIDATION_FAILED', { fields: [{ path, message }] });
};

/** Checks the county, the region inside it and the roster's ID numbers; the people then resolve to persons. */
async function checkPlace(ctx: AppContext, tenantId: string, county: string, region: string | null | undefined) {
  const counties = await names.listCounties(ctx.db, tenantId);
  if (!counties.some((c) => c.code === county)) invalid('countyCode', 'not an assisted county / 非受援县');
  if (region && (!region.startsWith(county) || !(await names.regionExists(ctx.db, region))))
    invalid('regionCode', 'unknown region or not in the county / 区划不在该县');
}

function checkRoster(ctx: AppContext, people: ProjectInput['people']) {
  const checked = checkPeople(ctx.keys, people);
  if (checked.problems.length)
    throw new AppError('VALIDATION_FAILED', {
      fields: checked.problems.map((p) => ({
        path: `people.${p.index}.${p.field}`,
        message: personProblemMessage(p.code),
        code: p.code,
      })),
    });
  return checked.ok;
}

/** A county proposes a project (项目申报): stage proposed, its roster by encrypted ID number, audited. */
export async function create(ctx: AppContext, actor: Actor, meta: RequestMeta, input: ProjectInput) {
  if (!isProposer(actor, input.countyCode)) throw new AppError('FORBIDDEN');
  await checkPlace(ctx, actor.tenantId, input.countyCode, input.regionCode);
  const roster = checkRoster(ctx, input.people);
  if (input.code && (await repo.findByCodes(ctx.db, actor.tenantId, [input.code])).length)
    throw new AppError('DUPLICATE', { fields: [{ path: 'code', message: 'project code in use / 项目编码已存在' }] });
  const id = await withAudit(ctx.db, actor, meta, async (tx) => {
    const p = await insertProposal(tx, ctx, actor, input, roster);
    return {
      result: p.id,
      audit: {
        action: 'project.propose',
        outcome: 'success',
        objectType: 'project',
        objectId: p.id,
        details: { code: p.code, plannedFen: p.plannedFen, county: p.countyCode },
      },
    };
  });
  return get(ctx, actor, id);
}

/** Inserts a proposal with its event and roster inside a transaction (the form and the Excel import). */
export async function insertProposal(
  tx: DbOrTx,
  ctx: AppContext,
  actor: Actor,
  input: ProjectInput,
  roster: ReturnType<typeof checkRoster>,
  importId: string | null = null,
) {
  const { people: _people, code, ...fields } = input;
  const p = await repo.insert(tx, {
    ...fields,
    tenantId: actor.tenantId,
    code: code ?? (await repo.nextCode(tx, actor.tenantId, input.year, input.countyCode)),
    stage: 'proposed',
    proposedBy: actor.userId,
    importId,
  });
  if (roster.length) {
    const people = await resolvePeople(tx, ctx.keys, actor.tenantId, roster, [input.countyCode]);
    await repo.replacePeople(tx, actor.tenantId, p.id, people);
  }
  await repo.insertEvent(tx, {
    tenantId: actor.tenantId,
    projectId: p.id,
    action: 'propose',
    toStage: 'proposed',
    userId: actor.userId,
  });
  return p;
}

export { checkRoster };

/** Edits a proposal while it is proposed or returned (version checked, 409 when stale). */
export async function update(ctx: AppContext, actor: Actor, meta: RequestMeta, id: string, patch: ProjectPatch) {
  const p = await loadVisible(ctx.db, actor, id);
  if (!isProposer(actor, p.countyCode)) throw new AppError('FORBIDDEN');
  if (!EDITABLE_STAGES.includes(p.stage)) throw new AppError('INVALID_TRANSITION', { stage: p.stage });
  if (p.version !== patch.version) throw new AppError('CONFLICT', { currentVersion: p.version });
  const { version, people, ...changes } = patch;
  if (changes.regionCode) await checkPlace(ctx, actor.tenantId, p.countyCode, changes.regionCode);
  const merged = { ...p, ...changes };
  if (merged.poorHouseholds > merged.households || merged.poorPersons > merged.persons)
    invalid('poorPersons', 'poor households/persons exceed the totals / 贫困户（人）数不能超过总数');
  const roster = people ? checkRoster(ctx, people) : null;
  await withAudit(ctx.db, actor, meta, async (tx) => {
    const after = await repo.updateVersioned(tx, actor.tenantId, id, version, changes);
    if (!after) throw new AppError('CONFLICT', { currentVersion: p.version });
    if (roster)
      await repo.replacePeople(
        tx,
        actor.tenantId,
        id,
        await resolvePeople(tx, ctx.keys, actor.tenantId, roster, [p.countyCode]),
      );
    await repo.insertEvent(tx, {
      tenantId: actor.tenantId,
      projectId: id,
      action: 'edit',
      fromStage: p.stage,
      toStage: p.stage,
      userId: actor.userId,
      details: { fields: Object.keys(changes) },
    });
    return {
      result: after,
      audit: {
        action: 'project.update',
        outcome: 'success',
        objectType: 'project',
        objectId: id,
        details: { fields: Object.keys(changes), before: { plannedFen: p.plannedFen }, after: changes },
      },
    };
  });
  return get(ctx, actor, id);
}

/** One project with its history, files, adjustments, people (masked) and the ledger records it produced. */
export async function get(ctx: AppContext, actor: Actor, id: string): Promise<ProjectDto> {
  const p = await loadVisible(ctx.db, actor, id);
  const [events, files, adjustments, people, lineIds] = await Promise.all([
    repo.eventsOf(ctx.db, id),
    listEvidence(ctx.db, PROJECT_EVIDENCE, [id]),
    repo.adjustmentsOf(ctx.db, id),
    repo.peopleOf(ctx.db, id),
    money.lineIdsOfProject(ctx.db, id),
  ]);
  const [paid, completion, who] = await Promise.all([
    producedRecords(ctx.db, actor.tenantId, 'fund_payment_line', lineIds),
    producedRecords(ctx.db, actor.tenantId, 'fund_project_completion', [id]),
    names.userNames(ctx.db, [p.proposedBy, p.approvedBy, ...adjustments.flatMap((a) => [a.proposedBy, a.decidedBy])]),
  ]);
  const abilities = projectAbilities(actor, p);
  return {
    ...presentProjectSummary(p),
    description: p.description,
    outputs: p.outputs,
    benefitLinks: p.benefitLinks,
    rosterCount: people.length,
    people,
    completion: p.completion ?? null,
    assets: p.assets ?? null,
    evaluation: p.evaluation ?? null,
    proposedBy: p.proposedBy ? (who.get(p.proposedBy) ?? null) : null,
    approvedBy: p.approvedBy ? (who.get(p.approvedBy) ?? null) : null,
    history: events.map((e) => ({ ...e, at: e.at.toISOString(), details: e.details ?? null })),
    files: files.map((f) => ({
      id: f.id,
      filename: f.filename,
      size: f.size,
      createdAt: f.createdAt.toISOString(),
    })),
    adjustments: adjustments.map((a) => ({
      id: a.id,
      kind: a.kind,
      reason: a.reason,
      newAmountFen: a.newAmountFen,
      scope: a.scope ?? null,
      status: a.status,
      proposedBy: who.get(a.proposedBy) ?? '',
      decidedBy: a.decidedBy ? (who.get(a.decidedBy) ?? null) : null,
      decisionNote: a.decisionNote,
      createdAt: a.createdAt.toISOString(),
      abilities: { decide: a.status === 'pending' && mayDecide(actor, a) },
    })),
    records: [...paid.values(), ...completion.values()].map((r) => ({
      id: r.id,
      type: r.type,
      status: r.status,
      amountFen: r.amountFen,
    })),
    stageLabel: stageLabel(p.stage),
    abilities,
  };
}

/** The funds group decides an adjustment someone else proposed. */
export const mayDecide = (actor: Actor, a: { proposedBy: string }) =>
  isApprover(actor) && a.proposedBy !== actor.userId;
