import { loadConfig } from '../config/config';
import { anchorPath } from '../modules/audit/audit-anchor';
import { verifyChain, VERIFY_LIMIT, type BreakReason } from '../modules/audit/audit-verify';
import { loadDataKeys } from '../security/pii';
import { runCli } from './open-db';

const WHAT: Record<BreakReason, string> = {
  hash_mismatch: 'its content does not match its hash (changed behind the application’s back)',
  link_mismatch: 'it does not link to the previous row (a row before it was removed or changed)',
  unkeyed: 'it is not keyed with the chain key, though written after the chain was keyed (rewritten)',
  anchor_mismatch: 'the anchor file names another hash for it (rewritten after it was anchored)',
  rows_missing: 'it was anchored and is gone (deleted)',
  anchor_invalid: 'this line of the anchor file was altered or written with another key',
};

/**
 * npm run audit:verify [-- --limit N] — recomputes the keyed SM3 chain of the audit log with the chain key (derived
 * from the data key) and checks it against the anchor file; lists every break (up to N, default 100), exit code 2.
 */
runCli(async (database) => {
  const config = loadConfig();
  const keys = loadDataKeys(config.dataKeyHex, config.dataDir);
  const at = process.argv.indexOf('--limit');
  const limit = at > 0 ? Math.max(1, Number(process.argv[at + 1]) || VERIFY_LIMIT) : VERIFY_LIMIT;
  const file = anchorPath(config.dataDir);
  const v = await verifyChain(database.db, { key: keys.audit, anchorFile: file, limit });
  const anchors = v.anchors
    ? `${v.anchors} anchors in ${file}`
    : `no anchor file at ${file}: deleting the newest rows would not be seen (无锚点文件)`;
  if (v.ok) {
    console.log(`Audit chain OK: ${v.rows} rows verified, ${anchors} (审计日志哈希链校验通过，共 ${v.rows} 条)`);
    return 0;
  }
  const count = v.breaks.length + v.more;
  console.error(`Audit chain BROKEN: ${count} break(s) in ${v.rows} rows, ${anchors} (审计日志被篡改，共 ${count} 处)`);
  for (const b of v.breaks) {
    const where = b.reason === 'anchor_invalid' ? `anchor file line ${b.id}` : `row id ${b.id}`;
    console.error(`  ${where}: ${WHAT[b.reason]}${b.detail ? `; ${b.detail}` : ''}`);
  }
  if (v.more) console.error(`  … and ${v.more} more (--limit ${limit} lists up to ${limit})`);
  return 2;
});
