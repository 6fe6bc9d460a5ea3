import { eq, sql } from 'drizzle-orm';
import type { MatchWeights } from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import { labourSettings } from '../../db/schema';

/**
 * Ranking in the database, with the formulas of the domain's factorValues (labour/matching.ts): the database orders
 * and cuts to `limit`; the service then recomputes each row's reasons with the domain function.
 */
export type MatchPostFacts = {
  id: string;
  destination: string;
  regionCode: string;
  skills: string[];
  wageMaxFen: number;
  startOn: string;
  ageMax: number | null;
};
export type WorkerCandidate = {
  id: string;
  name: string;
  county_code: string;
  wish: string;
  skills: string[];
  wished_wage_fen: string | null;
  available_from: string | null;
  contacted: boolean;
};

const skillsArray = (s: readonly string[]) =>
  sql`${`{${s.map((x) => `"${x.replace(/["\\]/g, '')}"`).join(',')}}`}::text[]`;

export async function rankWorkers(
  db: DbOrTx,
  tenantId: string,
  p: MatchPostFacts,
  w: MatchWeights,
  counties: string[] | null,
  limit: number,
): Promise<WorkerCandidate[]> {
  const n = p.skills.length;
  const scope = counties ? sql`and w.county_code = any(${`{${counties.join(',')}}`}::text[])` : sql``;
  const age = p.ageMax
    ? sql`and (pe.birth_date is null or pe.birth_date > ${p.startOn}::date - make_interval(years => ${p.ageMax}))`
    : sql``;
  const res = await db.execute<WorkerCandidate>(sql`
    with c as (
      select w.id, pe.name, w.county_code, w.wish, w.skills, w.wished_wage_fen, w.available_from::text as available_from,
        (exists (select 1 from labour_push_recipients r where r.post_id = ${p.id} and r.worker_id = w.id and r.outcome = 'queued')
          or exists (select 1 from labour_applications a where a.post_id = ${p.id} and a.worker_id = w.id)) as contacted
      from labour_workers w join persons pe on pe.id = w.person_id
      where w.tenant_id = ${tenantId} and w.status = 'available' ${scope} ${age}
    )
    select * from c order by (
      ${w.destination}::float8 * (wish = ${p.destination})::int
      + ${w.skills}::float8 * ${
        n
          ? sql`round((select count(*) from unnest(skills) s where s = any(${skillsArray(p.skills)}))::numeric / ${n}, 2)`
          : sql`1`
      }
      + ${w.wage}::float8 * (wished_wage_fen is null or wished_wage_fen <= ${p.wageMaxFen})::int
      + ${w.distance}::float8 * (case when county_code = ${p.regionCode} then 1
          when left(county_code, 2) = left(${p.regionCode}, 2) then 0.5 else 0 end)
      + ${w.availability}::float8 * (available_from is null or available_from::date <= ${p.startOn}::date)::int
      + ${w.contacted}::float8 * contacted::int
    ) desc, id
    limit ${limit}`);
  return res.rows;
}

export type PostCandidate = {
  id: string;
  title: string;
  destination: string;
  region_code: string;
  skills: string[];
  wage_max_fen: string;
  start_on: string;
  contacted: boolean;
};
export type MatchWorkerFacts = {
  id: string;
  wish: string;
  countyCode: string;
  skills: string[];
  wishedWageFen: number | null;
  availableFrom: string | null;
  birthDate: string | null;
};

export async function rankPosts(
  db: DbOrTx,
  tenantId: string,
  m: MatchWorkerFacts,
  w: MatchWeights,
  limit: number,
): Promise<PostCandidate[]> {
  const mine = skillsArray(m.skills);
  const res = await db.execute<PostCandidate>(sql`
    with c as (
      select p.id, p.title, p.destination, p.region_code, p.skills, p.wage_max_fen, p.start_on::text as start_on,
        (exists (select 1 from labour_push_recipients r where r.post_id = p.id and r.worker_id = ${m.id} and r.outcome = 'queued')
          or exists (select 1 from labour_applications a where a.post_id = p.id and a.worker_id = ${m.id})) as contacted
      from labour_posts p
      where p.tenant_id = ${tenantId} and p.status = 'open'
        and (p.age_max is null or ${m.birthDate}::date is null
          or ${m.birthDate}::date > p.start_on - make_interval(years => p.age_max))
    )
    select * from c order by (
      ${w.destination}::float8 * (destination = ${m.wish})::int
      + ${w.skills}::float8 * (case when cardinality(skills) = 0 then 1 else
          round((select count(*) from unnest(${mine}) s where s = any(skills))::numeric / cardinality(skills), 2) end)
      + ${w.wage}::float8 * (${m.wishedWageFen}::bigint is null or ${m.wishedWageFen}::bigint <= wage_max_fen)::int
      + ${w.distance}::float8 * (case when region_code = ${m.countyCode} then 1
          when left(region_code, 2) = left(${m.countyCode}, 2) then 0.5 else 0 end)
      + ${w.availability}::float8 * (${m.availableFrom}::date is null or ${m.availableFrom}::date <= start_on::date)::int
      + ${w.contacted}::float8 * contacted::int
    ) desc, id
    limit ${limit}`);
  return res.rows;
}

export async function findSettings(db: DbOrTx, tenantId: string) {
  const [r] = await db.select().from(labourSettings).where(eq(labourSettings.tenantId, tenantId));
  return r;
}

export async function upsertSettings(
  tx: DbOrTx,
  tenantId: string,
  version: number,
  v: { weights: MatchWeights; weeklyCap: number },
) {
  const [r] = await tx
    .insert(labourSettings)
    .values({ tenantId, ...v, version: 1 })
    .onConflictDoUpdate({
      target: labourSettings.tenantId,
      set: { ...v, version: sql`${labourSettings.version} + 1`, updatedAt: new Date() },
      setWhere: sql`${labourSettings.version} = ${version}`,
    })
    .returning();
  return r;
}
