import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../src/config/config';
import { openDatabase, runMigrations } from '../src/db/client';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/db/embedded';
import { seedOnFirstStart } from '../src/db/seed/seed';
import { TEST_DATA_KEY, TEST_PASSWORD } from './constants';
import { deriveKeys } from '../src/security/pii';

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
    templateDb: string;
    databaseKind: 'embedded' | 'external';
  }
}

/**
 * One PostgreSQL for the run: the embedded one, or the server at DATABASE_URL. A template database is migrated
 * and seeded with the demo data once; every test file gets its own copy of it.
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedDatabase | undefined;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xiezuo-test-'));
  let adminUrl = process.env.DATABASE_URL;
  const databaseKind = adminUrl ? 'external' : 'embedded';
  if (!adminUrl) {
    embedded = await startEmbeddedPostgres(dataDir, { database: 'postgres' });
    adminUrl = embedded.url;
  }
  const templateDb = `xiezuo_tpl_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${templateDb}`);
  await admin.query(`create database ${templateDb}`);
  const tplUrl = withDatabase(adminUrl, templateDb);
  const database = openDatabase(tplUrl);
  await runMigrations(database.pool);
  const config = { ...loadConfig({ DATA_DIR: dataDir, DEMO_PASSWORD: TEST_PASSWORD, LOG_LEVEL: 'silent' }) };
  await seedOnFirstStart(
    { db: database.db, config, databaseKind, keys: deriveKeys(Buffer.from(TEST_DATA_KEY, 'hex')) },
    () => {},
  );
  await database.close();
  project.provide('adminUrl', adminUrl);
  project.provide('templateDb', templateDb);
  project.provide('databaseKind', databaseKind);
  return async () => {
    const leftovers = await admin.query<{ datname: string }>(
      `select datname from pg_database where datname like 'xiezuo_t_%' or datname = $1`,
      [templateDb],
    );
    for (const r of leftovers.rows)
      await admin.query(`drop database if exists ${r.datname} with (force)`).catch(() => {});
    await admin.end();
    await embedded?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
