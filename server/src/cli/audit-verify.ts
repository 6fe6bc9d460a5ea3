import { verifyChain } from '../modules/audit/audit.service';
import { runCli } from './open-db';

/** npm run audit:verify — recomputes the SM3 chain of the audit log and names the first broken row. */
runCli(async (database) => {
  const v = await verifyChain(database.db);
  if (v.ok) {
    console.log(`Audit chain OK: ${v.rows} rows verified (审计日志哈希链校验通过，共 ${v.rows} 条)`);
    return 0;
  }
  const what =
    v.reason === 'hash_mismatch' ? 'its content does not match its hash' : 'it does not link to the previous row';
  console.error(`Audit chain BROKEN at row id ${v.brokenId}: ${what} (审计日志在第 ${v.brokenId} 条处被篡改)`);
  return 2;
});
