import { eq } from 'drizzle-orm';
import type { ProjectStage } from '@xiezuo/domain';
import type { AppContext } from '../../http/context';
import { produceCompletionRecord, producePaymentRecords } from '../../modules/funds/fund-records';
import type { Producer } from '../../modules/ledger/records.produce';
import type { DbOrTx } from '../client';
import {
  auditFindingEvents,
  auditFindings,
  fundExpenditures,
  fundPaymentLines,
  fundPayments,
  fundProjectEvents,
  fundProjects,
  fundReceipts,
  fundRuleOverrides,
  users,
} from '../schema';
import { funds2018 } from './funds-2018.data';
import { findings2019, funds2019 } from './funds-2019.data';
import type { DemoFinding, DemoProject } from './funds-demo.types';

const WAN = 1_000_000;
const COUNTY_USER: Record<string, string> = {
  '621022': 'county-huan',
  '621021': 'county-qingcheng',
  '623027': 'county-xiahe',
};
const at = (date: string, hour = 10) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+08:00`);

/** The stage a demo project has reached, from the steps it names. */
function stageOf(p: DemoProject): ProjectStage {
  if (p.returned) return 'returned';
  if (!p.approvedOn) return 'proposed';
  if (!p.payments?.length) return 'approved';
  if (!p.payments.some((x) => x.receipt)) return 'allocated';
  if (p.evaluation) return 'evaluated';
  if (p.assets) return 'assets_transferred';
  if (p.completedOn) return 'completed';
  return p.startedOn ? 'under_way' : 'received';
}

type Ctx = { tx: DbOrTx; ctx: AppContext; tenantId: string; unitId: string; who: (username: string) => Producer };

/** The steps of a demo project as events, each dated as the demo states it. */
function eventsOf(c: Ctx, p: DemoProject, projectId: string) {
  const county = c.who(COUNTY_USER[p.county]!);
  const funds = c.who('group-funds');
  const e = (on: Date, action: string, from: string | null, to: string | null, by: Producer, reason?: string) => ({
    tenantId: c.tenantId,
    projectId,
    action,
    fromStage: from,
    toStage: to,
    userId: by.userId,
    reason: reason ?? null,
    at: on,
  });
  const out = [e(at(p.proposedOn, 9), 'propose', null, 'proposed', county)];
  if (p.returned) out.push(e(at(p.returned.on, 15), 'returned', 'proposed', 'returned', funds, p.returned.reason));
  if (p.approvedOn)
    out.push(
      e(
        at(p.approvedOn, 15),
        p.override ? 'approve_override' : 'approved',
        'proposed',
        'approved',
        funds,
        p.override?.reason,
      ),
    );
  const first = p.payments?.[0];
  if (first) out.push(e(at(first.on, 11), 'allocate', 'approved', 'allocated', funds));
  const received = p.payments?.find((x) => x.receipt)?.receipt;
  if (received) out.push(e(at(received.on, 16), 'receive', 'allocated', 'received', county));
  if (p.startedOn) out.push(e(at(p.startedOn), 'under_way', 'received', 'under_way', county));
  if (p.completedOn) out.push(e(at(p.completedOn, 16), 'completed', 'under_way', 'completed', county));
  if (p.assets) out.push(e(at(p.assets.on, 16), 'assets_transferred', 'completed', 'assets_transferred', county));
  if (p.evaluation) out.push(e(at(p.evaluation.on, 16), 'evaluated', 'assets_transferred', 'evaluated', funds));
  return out;
}

async function insertProject(c: Ctx, p: DemoProject, year: number, code: string) {
  const stage = stageOf(p);
  const paidWan = (p.payments ?? []).reduce((s, x) => s + x.wan, 0);
  const receivedWan = (p.payments ?? []).filter((x) => x.receipt).reduce((s, x) => s + x.wan, 0);
  const [row] = await c.tx
    .insert(fundProjects)
    .values({
      tenantId: c.tenantId,
      code,
      name: p.name,
      year,
      countyCode: p.county,
      regionCode: p.region ?? null,
      category: p.category,
      level: p.level,
      fundSource: 'fiscal',
      stage,
      plannedFen: p.plannedWan * WAN,
      approvedFen: p.approvedOn && !p.returned ? p.plannedWan * WAN : null,
      paidFen: paidWan * WAN,
      receivedFen: receivedWan * WAN,
      spentFen: (p.spentWan ?? 0) * WAN,
      households: p.households,
      persons: p.persons,
      poorHouseholds: p.poorHouseholds,
      poorPersons: p.poorPersons,
      outputs: p.outputs.map((o) => ({ ...o, actual: o.actual ?? null })),
      benefitLinks: p.benefit.map((b) => ({ ...b, note: null })),
      description: p.description ?? null,
      completion: p.completedOn
        ? {
            completedOn: p.completedOn,
            households: p.households,
            persons: p.persons,
            poorHouseholds: p.poorHouseholds,
            poorPersons: p.poorPersons,
            note: '经县级验收组验收合格',
          }
        : null,
      assets: p.assets
        ? { owner: p.assets.owner, valueFen: p.assets.valueWan * WAN, handedOverOn: p.assets.on, note: null }
        : null,
      evaluation: p.evaluation
        ? { score: p.evaluation.score, householdsBenefiting: p.households, outputsMet: true, note: p.evaluation.note }
        : null,
      proposedBy: c.who(COUNTY_USER[p.county]!).userId,
      approvedBy: p.approvedOn && !p.returned ? c.who('group-funds').userId : null,
      isDemo: true,
      createdAt: at(p.proposedOn, 9),
      updatedAt: at(p.proposedOn, 9),
    })
    .returning();
  await c.tx.insert(fundProjectEvents).values(eventsOf(c, p, row!.id));
  return row!;
}

/** A demo transfer: recorded by the office, confirmed by the funds group, received and matched by the county. */
async function insertPayments(c: Ctx, p: DemoProject, project: typeof fundProjects.$inferSelect) {
  const county = c.who(COUNTY_USER[p.county]!);
  for (const x of p.payments ?? []) {
    const [payment] = await c.tx
      .insert(fundPayments)
      .values({
        tenantId: c.tenantId,
        year: Number(x.on.slice(0, 4)),
        countyCode: p.county,
        eastUnitId: c.unitId,
        paidOn: x.on,
        batch: x.batch ?? null,
        voucher: x.voucher,
        amountFen: x.wan * WAN,
        status: 'confirmed',
        createdBy: c.who('office').userId,
        confirmedBy: c.who('group-funds').userId,
        confirmedAt: at(x.on, 11),
        isDemo: true,
        createdAt: at(x.on, 9),
      })
      .returning();
    const [line] = await c.tx
      .insert(fundPaymentLines)
      .values({ tenantId: c.tenantId, paymentId: payment!.id, projectId: project.id, amountFen: x.wan * WAN })
      .returning();
    const lines = [{ line: line!, project }];
    await producePaymentRecords(c.tx, c.ctx, c.who('group-funds'), null, payment!, lines, 'submitted', at(x.on, 11));
    if (!x.receipt) continue;
    await c.tx.insert(fundReceipts).values({
      tenantId: c.tenantId,
      year: Number(x.receipt.on.slice(0, 4)),
      countyCode: p.county,
      receivedOn: x.receipt.on,
      amountFen: x.wan * WAN,
      voucher: x.receipt.voucher,
      payer: '天津市南开区财政局',
      paymentId: payment!.id,
      matchedAt: at(x.receipt.on, 16),
      createdBy: county.userId,
      isDemo: true,
      createdAt: at(x.receipt.on, 15),
    });
    await producePaymentRecords(c.tx, c.ctx, county, null, payment!, lines, 'confirmed', at(x.receipt.on, 16));
  }
}

async function insertAfterwards(c: Ctx, p: DemoProject, project: typeof fundProjects.$inferSelect, year: number) {
  const county = c.who(COUNTY_USER[p.county]!);
  if (p.spentWan)
    await c.tx.insert(fundExpenditures).values({
      tenantId: c.tenantId,
      projectId: project.id,
      spentOn: p.completedOn ?? p.startedOn ?? p.payments![0]!.receipt!.on,
      amountFen: p.spentWan * WAN,
      voucher: `${project.code}-ZC-01`,
      payee: '项目实施单位',
      createdBy: county.userId,
    });
  if (p.completedOn)
    await produceCompletionRecord(
      c.tx,
      c.ctx,
      county,
      null,
      project,
      { completedOn: p.completedOn, ...p },
      at(p.completedOn, 16),
    );
  if (p.override)
    await c.tx.insert(fundRuleOverrides).values({
      tenantId: c.tenantId,
      year,
      countyCode: p.county,
      subjectType: 'project',
      subjectId: project.id,
      projectId: project.id,
      breaks: [
        {
          rule: p.override.rule,
          countyCode: p.county,
          before: p.override.before,
          after: p.override.after,
          threshold: 0.5,
        },
      ],
      reason: p.override.reason,
      userId: c.who('group-funds').userId,
      at: at(p.approvedOn!, 15),
    });
}

async function insertFindings(c: Ctx, list: DemoFinding[], projects: Map<string, typeof fundProjects.$inferSelect>) {
  for (const [i, f] of list.entries()) {
    const p = projects.get(f.project)!;
    const status = f.accepted ? 'closed' : f.rectified ? 'responded' : 'open';
    const [row] = await c.tx
      .insert(auditFindings)
      .values({
        tenantId: c.tenantId,
        year: p.year,
        serialNo: i + 1,
        countyCode: p.countyCode,
        projectId: p.id,
        kind: f.kind,
        amountFen: f.amountWan * WAN,
        basis: f.basis,
        description: f.description,
        deadline: f.deadline,
        status,
        raisedBy: c.who('auditor').userId,
        closedAt: f.accepted ? at(f.accepted.on, 16) : null,
        isDemo: true,
        createdAt: at(f.raisedOn),
        updatedAt: at(f.accepted?.on ?? f.rectified?.on ?? f.raisedOn),
      })
      .returning();
    const event = (on: string, action: string, toStatus: string, by: string, text: string) => ({
      tenantId: c.tenantId,
      findingId: row!.id,
      action,
      toStatus,
      userId: c.who(by).userId,
      text,
      at: at(on, 15),
    });
    const events = [event(f.raisedOn, 'raise', 'open', 'auditor', f.description)];
    if (f.rectified)
      events.push(event(f.rectified.on, 'rectify', 'responded', COUNTY_USER[p.countyCode]!, f.rectified.text));
    if (f.accepted) events.push(event(f.accepted.on, 'accept', 'closed', 'auditor', f.accepted.text));
    await c.tx.insert(auditFindingEvents).values(events);
  }
}

/**
 * The demo's projects, transfers, receipts and findings. The fund_payment ledger records of 2018 (6,700 万元) and
 * 2019 are their products (produceRecord), with the dates, amounts, purposes and levels the ledger always had.
 */
export async function seedFunds(tx: DbOrTx, ctx: AppContext, tenantId: string, unitIds: Map<string, string>) {
  const rows = await tx
    .select({ id: users.id, username: users.username })
    .from(users)
    .where(eq(users.tenantId, tenantId));
  const ids = new Map(rows.map((r) => [r.username, r.id]));
  const who = (username: string): Producer => ({ tenantId, userId: ids.get(username)!, username });
  const c: Ctx = { tx, ctx, tenantId, unitId: unitIds.get('caizhengju')!, who };
  const byName = new Map<string, typeof fundProjects.$inferSelect>();
  for (const [year, list] of [
    [2018, funds2018()],
    [2019, funds2019()],
  ] as const) {
    const seq = new Map<string, number>();
    for (const p of list) {
      const n = (seq.get(p.county) ?? 0) + 1;
      seq.set(p.county, n);
      const project = await insertProject(c, p, year, `${p.county}-${year}-${String(n).padStart(3, '0')}`);
      await insertPayments(c, p, project);
      await insertAfterwards(c, p, project, year);
      byName.set(p.name, project);
    }
  }
  await insertFindings(c, findings2019(), byName);
}
