import { forceRollupRebuild, rollupDrift } from '../db/rollups';
import { runCli } from './open-db';

/**
 * npm run rollups:check — compares the engine's roll-ups with the ledger and prints the differing rows per table
 * (exit 2 if any). With --rebuild, rebuilds them from the ledger first (writers wait meanwhile).
 */
runCli(async (database) => {
  if (process.argv.includes('--rebuild')) {
    const t0 = Date.now();
    await forceRollupRebuild(database.pool);
    console.log(`Roll-ups rebuilt from the ledger in ${((Date.now() - t0) / 1000).toFixed(1)} s (汇总表已按台账重建)`);
  }
  const drift = await rollupDrift(database.pool);
  for (const [table, n] of Object.entries(drift))
    console.log(`${table.padEnd(20)} ${n === 0 ? 'OK' : `${n} rows differ from the ledger`}`);
  if (Object.values(drift).every((n) => n === 0)) {
    console.log('Roll-ups agree with the ledger (汇总表与台账一致)');
    return 0;
  }
  console.error(
    'Roll-ups DIFFER from the ledger; run `npm run rollups:check -- --rebuild` (汇总表与台账不一致，请重建)',
  );
  return 2;
});
