import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

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
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xiezuo-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    DEMO_PASSWORD: E2E_PASSWORD,
    LOG_LEVEL: 'warn',
    LOGIN_RATE_PER_MINUTE: '1000',
  };
  delete env.DATABASE_URL;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const port = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 120_000);
    const check = setInterval(() => {
      const m = /is up on http:\/\/localhost:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        clearInterval(check);
        resolve(m[1]!);
      }
    }, 100);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${out}`)));
  });
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  project.provide('e2ePassword', E2E_PASSWORD);
  return async () => {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
