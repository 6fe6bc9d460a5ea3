// Report benchmark: the district's 2019 year-end summary written as .docx from the demo data, end to end (indicator
// values, notable records, template, plan text, Word rendering, storing by hash, report row and audit), 5 runs after
// one warm-up; prints the median. A PDF and the plan-vs-actual workbook are timed the same way for comparison.
// Run: npm run bench:reports
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { abilitiesOf, type RoleGrant } from '@xiezuo/domain';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../server/src/config/config';
import { openDatabase, runMigrations } from '../server/src/db/client';
import { startEmbeddedPostgres } from '../server/src/db/embedded';
import { seedOnFirstStart } from '../server/src/db/seed/seed';
import { deriveKeys } from '../server/src/security/pii';
import type { Actor } from '../server/src/http/context';
import { generate } from '../server/src/modules/reports/reports.service';
import type { ReportRequest } from '../server/src/modules/reports/report-build';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xiezuo-bench-'));
  fs.chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres(dir, { database: 'bench' });
  const database = openDatabase(pg.url);
  try {
    await runMigrations(database.pool);
    const config = loadConfig({ DATA_DIR: dir, DEMO_PASSWORD: 'Bench-Pass-2026', LOG_LEVEL: 'silent' });
    const ctx = { db: database.db, config, databaseKind: 'embedded' as const, keys: deriveKeys(Buffer.alloc(32, 7)) };
    await seedOnFirstStart(ctx, () => {});
    const u = (
      await ctx.db.execute<{ id: string; tenant_id: string; name: string }>(
        sql`select u.id, u.tenant_id, t.name from users u join tenants t on t.id = u.tenant_id where u.username = 'office'`,
      )
    ).rows[0]!;
    const roles: RoleGrant[] = [{ role: 'office_admin', scopeType: 'tenant', scopeId: null }];
    const actor: Actor = {
      userId: u.id,
      username: 'office',
      displayName: '区合作交流办',
      tenantId: u.tenant_id,
      tenantName: u.name,
      roles,
      abilities: abilitiesOf(roles),
      sessionId: 'bench',
      csrfToken: 'bench',
      mustChangePassword: false,
    };
    const meta = { ip: '127.0.0.1', requestId: 'bench', userAgent: 'bench' };
    const cases: [string, ReportRequest][] = [
      ['summary 2019 district docx', { kind: 'summary', year: 2019, scope: 'district', format: 'docx' }],
      ['summary 2019 district pdf ', { kind: 'summary', year: 2019, scope: 'district', format: 'pdf' }],
      ['plan-vs-actual 2019 xlsx  ', { kind: 'plan_vs_actual', year: 2019, scope: 'district', format: 'xlsx' }],
    ];
    for (const [label, req] of cases) {
      const times: number[] = [];
      let size = 0;
      for (let run = 0; run <= RUNS; run++) {
        const t0 = performance.now();
        const built = await generate(ctx, actor, meta, req);
        const ms = performance.now() - t0;
        size = built.buffer.length;
        if (run > 0)
          times.push(ms); // run 0 warms up (module loading, font parsing)
        else console.log(`${label}: first run ${ms.toFixed(0)} ms`);
      }
      console.log(
        `${label}: median ${median(times).toFixed(0)} ms over ${times.length} runs [${times.map((t) => t.toFixed(0)).join(', ')}], ${(size / 1024).toFixed(0)} KiB`,
      );
    }
  } finally {
    await database.close();
    await pg.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
