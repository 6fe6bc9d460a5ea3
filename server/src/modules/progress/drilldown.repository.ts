import { sql } from 'drizzle-orm';
import type { BaseRule, DrillPersonDto } from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import { compileFilter, type EvalScope } from './engine.repository';

/** The ids of the records behind one base rule's value (confirmed, or claimed = submitted but unconfirmed). */
export async function recordIdsBehind(
  db: DbOrTx,
  rule: BaseRule,
  s: EvalScope,
  which: 'confirmed' | 'claimed',
  limit: number,
): Promise<{ ids: string[]; total: number }> {
  if (rule.agg === 'pairings' || rule.agg === 'agreements') return { ids: [], total: 0 };
  const status = which === 'confirmed' ? sql`r.status = 'confirmed'` : sql`r.status in ('submitted','in_review')`;
  const conds = [
    sql`r.tenant_id = ${s.tenantId}`,
    sql`r.year = ${s.year}`,
    sql`r.occurred_on <= ${s.asOf}::date`,
    sql`r.type_code in ${rule.types}`,
    status,
    ...(s.county ? [sql`r.county_code = ${s.county}`] : []),
    ...(s.unit ? [sql`r.east_unit_id = ${s.unit}`] : []),
    ...rule.filters.map((f) => compileFilter(rule.types, f)),
  ];
  if (rule.agg === 'distinct_persons' && rule.poorOnly)
    conds.push(sql`exists (select 1 from record_people rp where rp.record_id = r.id and rp.is_poor)`);
  const where = sql.join(conds, sql` and `);
  const res = await db.execute<{ id: string; total: string }>(
    sql`select r.id, count(*) over () as total from records r where ${where} order by r.occurred_on desc, r.id limit ${limit}`,
  );
  return { ids: res.rows.map((r) => r.id), total: Number(res.rows[0]?.total ?? 0) };
}

/** Distinct persons behind a person rule, masked, with how many records each appears on (duplicates counted once). */
export async function personsBehind(
  db: DbOrTx,
  rule: BaseRule,
  s: EvalScope,
  limit: number,
): Promise<DrillPersonDto[]> {
  if (rule.agg !== 'distinct_persons') return [];
  const conds = [
    sql`r.tenant_id = ${s.tenantId}`,
    sql`r.year = ${s.year}`,
    sql`r.occurred_on <= ${s.asOf}::date`,
    sql`r.type_code in ${rule.types}`,
    sql`r.status = 'confirmed'`,
    ...(s.county ? [sql`r.county_code = ${s.county}`] : []),
    ...(s.unit ? [sql`r.east_unit_id = ${s.unit}`] : []),
    ...rule.filters.map((f) => compileFilter(rule.types, f)),
    rule.poorOnly ? sql`rp.is_poor` : sql`true`,
  ];
  const res = await db.execute<{ person_id: string; name: string; id_masked: string; records: string }>(
    sql`select p.id as person_id, p.name, p.id_masked, count(*) as records from records r join record_people rp on rp.record_id = r.id join persons p on p.id = rp.person_id where ${sql.join(conds, sql` and `)} group by p.id order by count(*) desc, p.name limit ${limit}`,
  );
  return res.rows.map((r) => ({
    personId: r.person_id,
    name: r.name,
    idMasked: r.id_masked,
    records: Number(r.records),
    isDuplicate: Number(r.records) > 1,
  }));
}
