import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { documentEvents, documents, files, tasks, taskUnits, users } from '../schema';
import { storeBuffer } from '../../lib/files/file-store';
import { LEAD_UNITS, ILLUSTRATIVE_MEMBERS, NAMED_MEMBERS, WORKING_GROUPS } from './org.data';
import {
  CLAUSES_2019,
  DIVISION_2019,
  GROUP_PLANS_2019,
  OTHER_DOCUMENTS_2019,
  UNIT_PLAN_EXCEPTIONS,
} from './tasks-2019.data';
import { demoPdf, firstWholeMonth, insertReports, nextMonthDay, type ReportedTask } from './tasks-reports.seed';

const YEAR = 2019;

type Ctx = { tx: DbOrTx; tenantId: string; unitIds: Map<string, string>; officeId: string | null; evidence: string };
type SeedTask = ReportedTask & {
  documentId: string;
  clause: string;
  group: string | null;
  indicators?: string[];
  records?: string[];
};

async function insertDocument(c: Ctx, row: Omit<typeof documents.$inferInsert, 'tenantId'>) {
  const [d] = await c.tx
    .insert(documents)
    .values({ ...row, tenantId: c.tenantId, createdBy: c.officeId })
    .returning({ id: documents.id });
  return d!.id;
}

async function insertTasks(c: Ctx, list: SeedTask[]): Promise<{ id: string; t: SeedTask }[]> {
  const out: { id: string; t: SeedTask }[] = [];
  for (const [i, t] of list.entries()) {
    const recurring = t.due === 'monthly' || t.due === 'quarterly';
    const [row] = await c.tx
      .insert(tasks)
      .values({
        tenantId: c.tenantId,
        documentId: t.documentId,
        year: YEAR,
        clauseNo: t.clause,
        sort: i,
        text: t.text,
        leadUnitId: c.unitIds.get(t.lead)!,
        groupCode: t.group,
        cadence: recurring ? (t.due as 'monthly' | 'quarterly') : 'once',
        deadline: recurring ? null : t.due,
        deliverable: t.deliverable ?? null,
        indicatorCodes: t.indicators ?? [],
        recordTypes: t.records ?? [],
        createdBy: c.officeId,
      })
      .returning({ id: tasks.id });
    if (t.co.length)
      await c.tx
        .insert(taskUnits)
        .values(t.co.map((u, sort) => ({ taskId: row!.id, unitId: c.unitIds.get(u)!, tenantId: c.tenantId, sort })));
    out.push({ id: row!.id, t });
  }
  return out;
}

/** The scanned original of an adopted document (the demo's stand-in PDF). */
const original = (c: Ctx, title: string) => ({
  fileHash: c.evidence,
  filename: `${title}.pdf`,
  fileAt: new Date(`${DIVISION_2019.issuedOn}T16:00:00+08:00`),
});

async function seedDivision(c: Ctx) {
  for (const d of OTHER_DOCUMENTS_2019)
    await insertDocument(c, {
      year: YEAR,
      kind: d.kind,
      title: d.title,
      docNo: d.docNo,
      issuedOn: DIVISION_2019.issuedOn,
      adoptedBy: DIVISION_2019.adoptedBy,
      status: 'adopted',
      ...original(c, d.title),
    });
  const id = await insertDocument(c, {
    ...DIVISION_2019,
    year: YEAR,
    kind: 'task_division',
    status: 'adopted',
    ...original(c, DIVISION_2019.title),
  });
  const seeded = await insertTasks(
    c,
    CLAUSES_2019.map((cl) => ({
      documentId: id,
      clause: cl.no,
      text: cl.text,
      lead: cl.lead,
      co: cl.co ?? [],
      group: cl.group ?? null,
      due: cl.due,
      deliverable: cl.deliverable ?? null,
      indicators: cl.indicators,
      records: cl.records,
      demo: cl.demo,
      evidence: !cl.indicators?.length,
    })),
  );
  await insertReports(c, seeded, '2019-04');
}

async function reviewEvents(
  c: Ctx,
  documentId: string,
  steps: { action: 'submit' | 'accept' | 'return'; on: string; note?: string }[],
) {
  const to = { submit: 'submitted', accept: 'accepted', return: 'returned' } as const;
  let from: string = 'draft';
  await c.tx.insert(documentEvents).values({
    tenantId: c.tenantId,
    documentId,
    action: 'create',
    toStatus: 'draft',
    at: new Date(`${steps[0]?.on ?? '2019-04-01'}T09:00:00+08:00`),
  });
  for (const s of steps) {
    await c.tx.insert(documentEvents).values({
      tenantId: c.tenantId,
      documentId,
      action: s.action,
      fromStatus: from,
      toStatus: to[s.action],
      userId: s.action === 'submit' ? null : c.officeId,
      note: s.note ?? null,
      at: new Date(`${s.on}T15:00:00+08:00`),
    });
    from = to[s.action];
  }
}

async function seedGroupPlans(c: Ctx) {
  for (const [gi, g] of WORKING_GROUPS.entries()) {
    const plan = GROUP_PLANS_2019[g.code]!;
    const submittedOn = plan.state === 'submitted' ? '2019-09-20' : `2019-04-${String(8 + gi).padStart(2, '0')}`;
    const reviewedOn = `2019-04-${String(16 + gi).padStart(2, '0')}`;
    const note = plan.state === 'returned' ? '请补充企业结对的具体数量和时间安排。' : null;
    const id = await insertDocument(c, {
      year: YEAR,
      kind: 'group_plan',
      title: `${g.name}2019年专项工作方案`,
      groupCode: g.code,
      status: plan.state,
      submittedOn,
      submittedAt: new Date(`${submittedOn}T15:00:00+08:00`),
      reviewedAt: plan.state === 'submitted' ? null : new Date(`${reviewedOn}T15:00:00+08:00`),
      reviewedBy: plan.state === 'submitted' ? null : c.officeId,
      reviewNote: note,
    });
    const steps = [
      { action: 'submit' as const, on: submittedOn },
      ...(plan.state === 'submitted'
        ? []
        : [
            {
              action: plan.state === 'accepted' ? ('accept' as const) : ('return' as const),
              on: reviewedOn,
              note: note ?? undefined,
            },
          ]),
    ];
    await reviewEvents(c, id, steps);
    const seeded = await insertTasks(
      c,
      plan.tasks.map((t, i) => {
        const early = t.due < '2019-07-01' && t.due.startsWith('2019');
        return {
          documentId: id,
          clause: String(i + 1),
          text: t.text,
          lead: t.lead ?? g.lead,
          co: t.lead && t.lead !== g.lead ? [g.lead] : [],
          group: g.code,
          due: t.due,
          demo: early ? { percent: 100, doneIn: t.due.slice(0, 7) } : { percent: 40 + ((gi * 13 + i * 7) % 50) },
          evidence: true,
        };
      }),
    );
    if (plan.state === 'accepted') await insertReports(c, seeded, firstWholeMonth(submittedOn));
  }
}

async function seedUnitPlans(c: Ctx) {
  const members = [...LEAD_UNITS, ...NAMED_MEMBERS, ...ILLUSTRATIVE_MEMBERS];
  for (const [i, u] of members.entries()) {
    const exception = UNIT_PLAN_EXCEPTIONS[u.code];
    if (exception === 'missing') continue;
    const submittedOn =
      exception === 'late'
        ? `2019-05-${String(10 + (i % 18)).padStart(2, '0')}`
        : exception === 'draft'
          ? null
          : `2019-04-${String(10 + (i % 18)).padStart(2, '0')}`;
    const reviewedOn = submittedOn && exception !== 'submitted' ? nextMonthDay(submittedOn.slice(0, 7), 2) : null;
    const status = exception === 'late' || !exception ? 'accepted' : exception;
    const note = status === 'returned' ? '计划未列明与任务分工对应的事项，请补充后重新提交。' : null;
    const id = await insertDocument(c, {
      year: YEAR,
      kind: 'unit_plan',
      title: `${u.name}2019年东西部扶贫协作工作计划`,
      unitId: c.unitIds.get(u.code)!,
      status,
      submittedOn,
      submittedAt: submittedOn ? new Date(`${submittedOn}T15:00:00+08:00`) : null,
      reviewedAt: reviewedOn ? new Date(`${reviewedOn}T15:00:00+08:00`) : null,
      reviewedBy: reviewedOn ? c.officeId : null,
      reviewNote: note,
    });
    const steps = submittedOn
      ? [
          { action: 'submit' as const, on: submittedOn },
          ...(reviewedOn
            ? [
                {
                  action: status === 'returned' ? ('return' as const) : ('accept' as const),
                  on: reviewedOn,
                  note: note ?? undefined,
                },
              ]
            : []),
        ]
      : [];
    await reviewEvents(c, id, steps);
    const seeded = await insertTasks(c, [
      {
        documentId: id,
        clause: '1',
        text: '赴受援县开展工作调研对接，落实本单位承担的帮扶事项',
        lead: u.code,
        co: [],
        group: null,
        due: '2019-11-30',
        demo: { percent: 30 + ((i * 17) % 60) },
        evidence: true,
      },
    ]);
    if (status === 'accepted') await insertReports(c, seeded, firstWholeMonth(submittedOn!));
  }
}

/**
 * The 2019 documents as of the demo date: the task division (63 clauses with lead units, deadlines, links and
 * monthly reports, some late or missing), the other three documents, the working groups' plans and the unit plans.
 */
export async function seedTasks2019(tx: DbOrTx, tenantId: string, unitIds: Map<string, string>, dataDir: string) {
  const office = (await tx.select({ id: users.id }).from(users).where(eq(users.username, 'office')))[0];
  const pdf = storeBuffer(dataDir, demoPdf('Xiezuo demo evidence'), 'application/pdf');
  await tx.insert(files).values({ hash: pdf.hash, size: pdf.size, mime: pdf.mime }).onConflictDoNothing();
  const c: Ctx = { tx, tenantId, unitIds, officeId: office?.id ?? null, evidence: pdf.hash };
  await seedDivision(c);
  await seedGroupPlans(c);
  await seedUnitPlans(c);
}
