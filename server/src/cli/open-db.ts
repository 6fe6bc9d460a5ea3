import { loadConfig } from '../config/config';
import { openDatabase, type Database } from '../db/client';
import { DataDirLockedError } from '../db/data-dir-lock';
import { runningEmbeddedUrl, startEmbeddedPostgres } from '../db/embedded';

/** For command-line tools: the external database, the embedded one a running server holds, or a fresh start of it. */
export async function openCliDatabase(): Promise<{ database: Database; close: () => Promise<void> }> {
  const config = loadConfig();
  if (config.databaseUrl) {
    const database = openDatabase(config.databaseUrl);
    return { database, close: () => database.close() };
  }
  try {
    const embedded = await startEmbeddedPostgres(config.dataDir);
    const database = openDatabase(embedded.url);
    return { database, close: async () => (await database.close(), await embedded.stop()) };
  } catch (err) {
    const url = err instanceof DataDirLockedError ? runningEmbeddedUrl(config.dataDir) : undefined;
    if (!url) throw err;
    const database = openDatabase(url);
    return { database, close: () => database.close() };
  }
}

/**
 * Runs a command-line tool on that database and exits with the code it returns (0 fine, 2 a finding); an error is
 * printed and exits 1. The database is closed either way.
 */
export function runCli(tool: (database: Database) => Promise<number>): void {
  const run = async () => {
    const { database, close } = await openCliDatabase();
    try {
      return await tool(database);
    } finally {
      await close();
    }
  };
  run().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
