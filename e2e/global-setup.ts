import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { spawnServer } from './spawn-server';

export const E2E_PASSWORD = 'E2e-Pass-2026';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    e2ePassword: string;
  }
}

const root = path.resolve(import.meta.dirname, '..');

/** Builds the web app if stale and starts the real server on a fresh embedded database with demo data. */
export default async function setup(project: TestProject) {
  const build = spawnSync(process.execPath, ['scripts/build-web.mjs', '--if-stale'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('web build failed');
  const server = await spawnServer({ password: E2E_PASSWORD, tmpPrefix: 'xiezuo-e2e-', timeoutMs: 120_000 });
  project.provide('baseUrl', server.baseUrl);
  project.provide('e2ePassword', E2E_PASSWORD);
  return server.stop;
}
