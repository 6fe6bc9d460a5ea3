import type {
  CohortDetailDto,
  CohortDto,
  CohortStudentDto,
  ResultBody,
  StudentBody,
  SupportBody,
} from '@xiezuo/domain';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { withAudit } from '../../lib/audit-tx';
import { produceRecord } from '../ledger/records.produce';
import { listTenantCountyCodes } from '../org/org.repository';
import { checkPeople, resolvePeople } from '../persons/persons.resolve';
import { rosterLineOf } from '../persons/persons.service';
import { canEditCohort, canSeeCohort, type CohortFacts } from './cohorts.policy';
import * as repo from './cohorts.repository';

const invalid = (path: string, message: string, code?: string) =>
  new AppError('VALIDATION_FAILED', { fields: [{ path, message, ...(code ? { code } : {}) }] });

const factsOf = (c: repo.CohortRow, educationLeadUnitId: string | null): CohortFacts => ({
  schoolUnitId: c.schoolUnitId,
  countyCode: c.countyCode,
  educationLeadUnitId,
});

function present(c: repo.CohortWide, actor: Actor, lead: string | null): CohortDto {
  return {
    id: c.id,
    name: c.name,
    school: { id: c.schoolUnitId, name: c.schoolName },
    county: { code: c.countyCode, name: c.countyName },
    pairingId: c.pairingId,
    startYear: c.startYear,
    note: c.note,
    students: c.students,
    supported: c.supported,
    amountFen: c.amountFen,
    version: c.version,
    abilities: { edit: canEditCohort(actor, factsOf(c, lead)) },
  };
}

/** The cohorts the caller may see, with their counts. */
export async function list(ctx: AppContext, actor: Actor): Promise<{ items: CohortDto[]; total: number }> {
  const [rows, lead] = await Promise.all([
    repo.listWide(ctx.db, actor.tenantId),
    repo.educationLead(ctx.db, actor.tenantId),
  ]);
  const items = rows.filter((c) => canSeeCohort(actor, factsOf(c, lead))).map((c) => present(c, actor, lead));
  return { items, total: items.length };
}

async function load(ctx: AppContext, actor: Actor, id: string) {
  const [c, lead] = await Promise.all([
    repo.findWide(ctx.db, actor.tenantId, id),
    repo.educationLead(ctx.db, actor.tenantId),
  ]);
  if (!c || !canSeeCohort(actor, factsOf(c, lead))) throw new AppError('NOT_FOUND');
  return { c, lead };
}

async function loadForEdit(ctx: AppContext, actor: Actor, id: string) {
  const loaded = await load(ctx, actor, id);
  if (!canEditCohort(actor, factsOf(loaded.c, loaded.lead))) throw new AppError('FORBIDDEN');
  return loaded.c;
}

/** A cohort with its roster: masked ID numbers, term results, support received and the records it produced. */
export async function get(ctx: AppContext, actor: Actor, id: string): Promise<CohortDetailDto> {
  const { c, lead } = await load(ctx, actor, id);
  const students = await repo.studentsOfCohort(ctx.db, c.id);
  const ids = students.map((s) => s.s.id);
  const [results, supports] = await Promise.all([
    repo.resultsOf(ctx.db, ids),
    repo.supportsOf(ctx.db, actor.tenantId, ids),
  ]);
  const roster: CohortStudentDto[] = students.map(({ s, name, idMasked, gender }) => ({
    id: s.id,
    personId: s.personId,
    name,
    idMasked,
    gender,
    grade: s.grade,
    status: s.status,
    enrolledOn: s.enrolledOn,
    results: results
      .filter((r) => r.studentId === s.id)
      .map((r) => ({
        id: r.id,
        term: r.term,
        score: r.score,
        rank: r.rank,
        classSize: r.classSize,
        comment: r.comment,
      })),
    supports: supports
      .filter((x) => x.s.studentId === s.id)
      .map((x) => ({
        id: x.s.id,
        kind: x.s.kind,
        amountFen: x.s.amountFen,
        term: x.s.term,
        givenOn: x.s.givenOn,
        unit: { id: x.s.unitId, name: x.unitName },
        recordId: x.recordId,
      })),
  }));
  return { ...present(c, actor, lead), roster };
}

/** Adds a student by ID number (checked: GB 11643 checksum and a real birth date; kept only encrypted). */
export async function addStudent(ctx: AppContext, actor: Actor, meta: RequestMeta, id: string, body: StudentBody) {
  const c = await loadForEdit(ctx, actor, id);
  const { ok, problems } = checkPeople(ctx.keys, [{ idNumber: body.idNumber, name: body.name }]);
  if (problems.length) throw invalid('idNumber', problems[0]!.code, problems[0]!.code);
  await withAudit(ctx.db, actor, meta, async (tx) => {
    const [person] = await resolvePeople(
      tx,
      ctx.keys,
      actor.tenantId,
      ok,
      await listTenantCountyCodes(tx, actor.tenantId),
    );
    const row = await repo.insertStudent(tx, {
      tenantId: actor.tenantId,
      cohortId: c.id,
      personId: person!.personId,
      grade: body.grade,
      enrolledOn: body.enrolledOn,
      createdBy: actor.userId,
    });
    if (!row) throw new AppError('DUPLICATE', { field: 'idNumber' });
    return {
      result: row,
      audit: {
        action: 'cohort.student_add',
        outcome: 'success',
        objectType: 'cohort',
        objectId: c.id,
        details: { studentId: row.id, personId: person!.personId, grade: body.grade },
      },
    };
  });
  return get(ctx, actor, id);
}

async function studentOf(ctx: AppContext, actor: Actor, cohortId: string, studentId: string) {
  const c = await loadForEdit(ctx, actor, cohortId);
  const s = await repo.findStudent(ctx.db, actor.tenantId, studentId);
  if (!s || s.cohortId !== c.id) throw new AppError('NOT_FOUND');
  return { c, s };
}

/** Records (or corrects) a student's result for a term. */
export async function addResult(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  cohortId: string,
  studentId: string,
  body: ResultBody,
) {
  await studentOf(ctx, actor, cohortId, studentId);
  if (body.rank !== null && body.classSize !== null && body.rank > body.classSize)
    throw invalid('rank', 'the place is beyond the class size / 名次超过班级人数');
  await withAudit(ctx.db, actor, meta, async (tx) => ({
    result: await repo.upsertResult(tx, { ...body, tenantId: actor.tenantId, studentId, createdBy: actor.userId }),
    audit: {
      action: 'cohort.result',
      outcome: 'success',
      objectType: 'cohort',
      objectId: cohortId,
      details: { studentId, ...body },
    },
  }));
  return get(ctx, actor, cohortId);
}

/**
 * Records support a student received, and in the same transaction its `student_support` ledger record (confirmed:
 * the school's register is the evidence), linked to the school pair, so the education indicators count it.
 */
export async function addSupport(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  cohortId: string,
  studentId: string,
  body: SupportBody,
) {
  const { c, s } = await studentOf(ctx, actor, cohortId, studentId);
  const unitId = body.unitId ?? c.schoolUnitId;
  if (!(await repo.isEastUnit(ctx.db, actor.tenantId, unitId))) throw invalid('unitId', 'unknown east unit / 未知单位');
  if (body.kind !== 'mentoring' && !body.amountFen) throw invalid('amountFen', 'an amount is needed / 请填写金额');
  await withAudit(ctx.db, actor, meta, async (tx) => {
    const row = await repo.insertSupport(tx, {
      ...body,
      unitId,
      tenantId: actor.tenantId,
      studentId,
      createdBy: actor.userId,
    });
    const person = await rosterLineOf(tx, ctx.keys, actor.tenantId, s.personId);
    const produced = await produceRecord(tx, ctx, actor, meta, {
      type: 'student_support',
      occurredOn: body.givenOn,
      eastUnitId: unitId,
      countyCode: c.countyCode,
      pairingId: c.pairingId,
      values: {
        supportKind: body.kind,
        ...(body.amountFen ? { amountFen: body.amountFen } : {}),
        programme: c.name,
        ...(body.term ? { term: body.term } : {}),
      },
      people: [person],
      status: 'confirmed',
      source: { type: 'cohort_support', id: row.id },
    });
    return {
      result: row,
      audit: {
        action: 'cohort.support',
        outcome: 'success',
        objectType: 'cohort',
        objectId: cohortId,
        details: { studentId, supportId: row.id, recordId: produced.id, kind: body.kind, amountFen: body.amountFen },
      },
    };
  });
  return get(ctx, actor, cohortId);
}
