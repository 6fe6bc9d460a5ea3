import crypto from 'node:crypto';
import { creditCodeCheckChar, destinationOf, type Destination } from '@xiezuo/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import {
  labourApplications,
  labourEmployers,
  labourFollowups,
  labourPosts,
  labourPushes,
  labourPushRecipients,
  labourWorkers,
  recordPeople,
  records,
} from '../schema';
import type { DataKeys } from '../../security/pii';
import { insertWorkers } from '../../modules/labour/labour.fixtures';
import type { DemoRecord } from './demo-ledger';
import { COUNTY_CODES, demoEmployers, demoPosts, HIRES, POOL_PER_COUNTY, poolSkills, WISHES } from './labour.data';

const AS_OF = '2019-09-30';
const creditCode = (n: number) => {
  const first = `91${n < 20 ? '120104' : n < 50 ? COUNTY_CODES[Math.floor((n - 20) / 10)]! : '320505'}MA${String(8_200_000 + n * 41).padStart(7, '0')}`;
  return first + creditCodeCheckChar(first)!;
};

/** Which post (by index) a hire of this destination takes: posts of employers there, round robin. */
function postsByDestination(): Record<Destination, number[]> {
  const emp = demoEmployers();
  const out: Record<Destination, number[]> = { near_home: [], tianjin: [], elsewhere: [] };
  demoPosts().forEach((p, i) => out[destinationOf(emp[p.employer]!.regionCode, COUNTY_CODES)].push(i));
  return out;
}

export type LabourHirePlan = { applicationId: string; post: number; startOn: string };

/**
 * Takes a share of the demo ledger's 2019 confirmed employment records as hires made on the platform: each gets an
 * application id as its source and the values the module's producer writes (its post's employer, enterprise post).
 * Measures and people are unchanged, so the 2019 figures keep their values. Returns the plan for seedLabour.
 */
export function planLabourHires(list: DemoRecord[]): LabourHirePlan[] {
  const emp = demoEmployers();
  const posts = demoPosts();
  const byDest = postsByDestination();
  const left: Record<Destination, number> = { ...HIRES };
  const plan: LabourHirePlan[] = [];
  for (const r of list) {
    const dest = r.values.destination as Destination;
    if (r.type !== 'employment' || r.status !== 'confirmed' || !r.on.startsWith('2019') || !left[dest]) continue;
    // near-home posts are in the record's own county
    const candidates = byDest[dest].filter(
      (i) => dest !== 'near_home' || emp[posts[i]!.employer]!.regionCode === r.county,
    );
    if (!candidates.length || r.source) continue;
    const post = candidates[left[dest] % candidates.length]!;
    left[dest]--;
    const applicationId = crypto.randomUUID();
    r.source = { type: 'labour_application', id: applicationId };
    r.values = {
      destination: dest,
      employer: emp[posts[post]!.employer]!.name,
      postKind: 'enterprise',
      startDate: r.on,
    };
    plan.push({ applicationId, post, startOn: r.on });
  }
  return plan;
}

async function insertCatalogue(tx: DbOrTx, tenantId: string) {
  const emp = await tx
    .insert(labourEmployers)
    .values(demoEmployers().map((e, n) => ({ tenantId, ...e, creditCode: creditCode(n), contactName: '人事负责人' })))
    .returning({ id: labourEmployers.id, regionCode: labourEmployers.regionCode });
  return tx
    .insert(labourPosts)
    .values(
      demoPosts().map((p) => ({
        tenantId,
        ...p,
        employerId: emp[p.employer]!.id,
        regionCode: emp[p.employer]!.regionCode,
        destination: destinationOf(emp[p.employer]!.regionCode, COUNTY_CODES),
        housing: p.openings % 2 === 0,
        meals: true,
        contractMonths: 12,
        validTo: '2019-12-31',
      })),
    )
    .returning({ id: labourPosts.id });
}

/** The pool: synthetic people per county with wishes and skills; most have a phone and consent to messages. */
async function insertPool(tx: DbOrTx, keys: DataKeys, tenantId: string) {
  const seeds = COUNTY_CODES.flatMap((c, ci) =>
    Array.from({ length: POOL_PER_COUNTY }, (_, i) => {
      const k = 500_000 + ci * 10_000 + i;
      return {
        key: k,
        countyCode: c,
        wish: WISHES[i % 3]!,
        skills: poolSkills(k),
        wishedWageFen: 300_000 + (i % 6) * 50_000,
        availableFrom: `2019-${String(1 + (i % 9)).padStart(2, '0')}-01`,
        hasConsent: i % 25 !== 0,
        phone: i % 10 === 9 ? null : `137${String(ci * 10_000_000 + i).padStart(8, '0')}`,
      };
    }),
  );
  return insertWorkers(tx, keys, tenantId, seeds);
}

/** The people of the planned hires' records become workers of the pool (employed), by their encrypted ID. */
async function hiredWorkers(tx: DbOrTx, tenantId: string, plan: LabourHirePlan[]) {
  const rows = await tx
    .select({ sourceId: records.sourceId, personId: recordPeople.personId, county: records.countyCode })
    .from(records)
    .innerJoin(recordPeople, eq(recordPeople.recordId, records.id))
    .where(
      and(
        eq(records.tenantId, tenantId),
        inArray(
          records.sourceId,
          plan.map((p) => p.applicationId),
        ),
      ),
    );
  const made = await tx
    .insert(labourWorkers)
    .values(
      rows.map((r, i) => ({
        tenantId,
        personId: r.personId,
        countyCode: r.county!,
        wish: WISHES[i % 3]!,
        skills: poolSkills(i),
        status: 'employed' as const,
      })),
    )
    .returning({ id: labourWorkers.id, personId: labourWorkers.personId });
  const byPerson = new Map(made.map((m) => [m.personId, m.id]));
  return new Map(rows.map((r) => [r.sourceId!, byPerson.get(r.personId)!]));
}

/**
 * Inserts the labour demo after the ledger (the planned hires' records exist by then): employers, posts, the pool,
 * one push per county, open applications in every state, the confirmed hires and their follow-ups (some leavers).
 */
export async function seedLabour(tx: DbOrTx, keys: DataKeys, tenantId: string, plan: LabourHirePlan[]) {
  const posts = await insertCatalogue(tx, tenantId);
  const pool = await insertPool(tx, keys, tenantId);
  const workerOf = await hiredWorkers(tx, tenantId, plan);
  await tx.insert(labourApplications).values(
    plan.map((p, i) => ({
      id: p.applicationId,
      tenantId,
      postId: posts[p.post]!.id,
      workerId: workerOf.get(p.applicationId)!,
      status: i % 20 === 7 ? ('left' as const) : ('confirmed' as const),
      startOn: p.startOn,
      createdAt: new Date(`${p.startOn}T09:00:00+08:00`),
    })),
  );
  await tx.insert(labourFollowups).values(
    plan.flatMap((p, i) =>
      [1, 3, 6].map((month) => {
        const due = new Date(`${p.startOn}T00:00:00Z`);
        due.setUTCMonth(due.getUTCMonth() + month);
        const dueOn = due.toISOString().slice(0, 10);
        const sent = dueOn <= AS_OF;
        const answer = !sent ? null : i % 20 === 7 ? 'left' : i % 9 === 4 ? 'silent' : 'employed';
        return {
          tenantId,
          applicationId: p.applicationId,
          month,
          dueOn,
          sentAt: sent ? new Date(`${dueOn}T09:00:00+08:00`) : null,
          answer: answer as 'left' | 'silent' | 'employed' | null,
        };
      }),
    ),
  );
  await seedPushesAndOpenApplications(tx, tenantId, posts, pool);
}

async function seedPushesAndOpenApplications(tx: DbOrTx, tenantId: string, posts: { id: string }[], pool: string[]) {
  const statuses = ['applied', 'interview', 'hired', 'rejected', 'withdrawn'] as const;
  for (const [ci] of COUNTY_CODES.entries()) {
    const postId = posts[ci * 7 + 1]!.id;
    const to = pool.slice(ci * POOL_PER_COUNTY, ci * POOL_PER_COUNTY + 100);
    const [push] = await tx
      .insert(labourPushes)
      .values({
        tenantId,
        postId,
        channel: 'sms',
        queued: 100,
        skippedOptedOut: 0,
        skippedCapped: 0,
        skippedUnreachable: 0,
        createdAt: new Date('2019-09-02T10:00:00+08:00'),
      })
      .returning({ id: labourPushes.id });
    await tx.insert(labourPushRecipients).values(
      to.map((workerId, i) => ({
        pushId: push!.id,
        workerId,
        tenantId,
        postId,
        outcome: 'queued' as const,
        createdAt: new Date('2019-09-02T10:00:00+08:00'),
        openedAt: i % 3 === 0 ? new Date('2019-09-02T12:00:00+08:00') : null,
      })),
    );
    await tx.insert(labourApplications).values(
      to.slice(0, 20).map((workerId, i) => ({
        tenantId,
        postId,
        workerId,
        pushId: push!.id,
        status: statuses[i % statuses.length]!,
        startOn: statuses[i % statuses.length] === 'hired' ? '2019-10-08' : null,
      })),
    );
  }
  // leavers are back in the pool
  await tx.execute(sql`update labour_workers w set status = 'available' from labour_applications a
    where a.worker_id = w.id and a.status = 'left' and w.tenant_id = ${tenantId}`);
}
