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
import { prepareAppRole } from '../src/db/roles';
import { deriveKeys, rolePassword } from '../src/security/pii';

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
    /** The application role's URL (a role that may only read and write rows), on the template database. */
    appUrl: string;
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
  await dropStaleRoles(admin);
  const tplUrl = withDatabase(adminUrl, templateDb);
  const database = openDatabase(tplUrl);
  const keys = deriveKeys(Buffer.from(TEST_DATA_KEY, 'hex'));
  let appUrl = '';
  // as the server does: migrations as the owner, then the application role and its grants (copied with the template)
  await runMigrations(database.pool, async (client) => {
    const role = await prepareAppRole(client, tplUrl, { password: (r) => rolePassword(keys, r), warn: () => {} });
    appUrl = role.url;
  });
  const config = { ...loadConfig({ DATA_DIR: dataDir, DEMO_PASSWORD: TEST_PASSWORD, LOG_LEVEL: 'silent' }) };
  await seedOnFirstStart({ db: database.db, config, databaseKind, keys }, () => {});
  await database.close();
  project.provide('adminUrl', adminUrl);
  project.provide('appUrl', appUrl);
  project.provide('templateDb', templateDb);
  project.provide('databaseKind', databaseKind);
  return async () => {
    const leftovers = await admin.query<{ datname: string }>(
      `select datname from pg_database where datname like 'xiezuo_t_%' or datname = $1`,
      [templateDb],
    );
    for (const r of leftovers.rows)
      await admin.query(`drop database if exists ${r.datname} with (force)`).catch(() => {});
    await dropRole(admin, `${templateDb}_app`);
    await admin.end();
    await embedded?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}

/** Drops a test run's application role (its privileges on databases already dropped went with them). */
async function dropRole(admin: pg.Client, role: string) {
  await admin.query(`drop owned by "${role}"`).catch(() => {});
  await admin.query(`drop role if exists "${role}"`).catch(() => {});
}

/** Application roles of earlier runs whose template database is gone (a run that was killed). */
async function dropStaleRoles(admin: pg.Client) {
  const stale = await admin.query<{ rolname: string }>(
    `select rolname from pg_roles r where rolname like 'xiezuo\\_tpl\\_%\\_app'
       and not exists (select 1 from pg_database d where d.datname = left(r.rolname, -4))`,
  );
  for (const r of stale.rows) await dropRole(admin, r.rolname);
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
