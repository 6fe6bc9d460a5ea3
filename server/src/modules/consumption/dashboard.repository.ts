import { sql, type SQL } from 'drizzle-orm';
import type { Scope } from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';

function scoped(scope: Scope): SQL {
  if (scope.kind === 'district') return sql`true`;
  const units = scope.units.length ? sql`p.buyer_unit_id in ${scope.units}` : sql`false`;
  const counties = scope.counties.length ? sql`s.county_code in ${scope.counties}` : sql`false`;
  return sql`(${units} or ${counties})`;
}

type Slice = { key: string; fen: string };

/** Sums of a year's purchases in scope: counted (confirmed, certified on the date) by a grouping expression. */
export async function countedBy(db: DbOrTx, tenantId: string, year: number, scope: Scope, key: SQL, limit = 100) {
  const r = await db.execute<Slice>(sql`
    select ${key} as key, sum(p.amount_fen)::text as fen
    from consumption_purchases p
    join consumption_products pr on pr.id = p.product_id
    join consumption_suppliers s on s.id = pr.supplier_id
    where p.tenant_id = ${tenantId} and p.year = ${year} and p.status = 'confirmed' and p.is_counted and ${scoped(scope)}
    group by 1 order by sum(p.amount_fen) desc limit ${limit}`);
  return r.rows.map((x) => ({ key: String(x.key), fen: Number(x.fen) }));
}

/** Totals: counted, not counted (confirmed or not), awaiting the county (certified, submitted). */
export async function totals(db: DbOrTx, tenantId: string, year: number, scope: Scope) {
  const r = await db.execute<{ counted: string; not_counted: string; awaiting: string }>(sql`
    select coalesce(sum(p.amount_fen) filter (where p.status = 'confirmed' and p.is_counted), 0)::text as counted,
           coalesce(sum(p.amount_fen) filter (where not p.is_counted), 0)::text as not_counted,
           coalesce(sum(p.amount_fen) filter (where p.status = 'submitted' and p.is_counted), 0)::text as awaiting
    from consumption_purchases p
    join consumption_products pr on pr.id = p.product_id
    join consumption_suppliers s on s.id = pr.supplier_id
    where p.tenant_id = ${tenantId} and p.year = ${year} and ${scoped(scope)}`);
  const t = r.rows[0]!;
  return { counted: Number(t.counted), notCounted: Number(t.not_counted), awaiting: Number(t.awaiting) };
}

export const KEYS = {
  month: sql`to_char(p.purchased_on, 'YYYY-MM')`,
  channel: sql`p.channel`,
  county: sql`(select r.name from regions r where r.code = s.county_code)`,
  category: sql`pr.category`,
  product: sql`pr.id::text || '|' || pr.name || '|' || s.name`,
};
