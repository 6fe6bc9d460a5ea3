import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xiezuo-start-'));
const children: ChildProcess[] = [];

function startServer(): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: '0',
    LOG_LEVEL: 'warn',
    DEMO_PASSWORD: 'Start-Test-2026',
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, output: () => out, exited };
}

async function waitFor(cond: () => boolean, ms: number) {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

afterAll(async () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 1500));
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('starting the server on the embedded PostgreSQL', () => {
  it('starts, seeds demo accounts, answers health, and a second process on the same data directory refuses', async () => {
    const first = startServer();
    await waitFor(() => /is up on http:\/\/localhost:(\d+)/.test(first.output()), 90_000);
    const port = /is up on http:\/\/localhost:(\d+)/.exec(first.output())![1];
    const health = await (await fetch(`http://127.0.0.1:${port}/api/health`)).json();
    expect(health).toEqual({ status: 'ok', database: 'embedded', version: expect.any(String) });
    expect(fs.readFileSync(path.join(dataDir, 'demo-accounts.txt'), 'utf8')).toMatch(/county-xiahe/);
    const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'office', password: 'Start-Test-2026' }),
    });
    expect(login.status).toBe(200);

    const second = startServer();
    const code = await second.exited;
    expect(code).toBe(3);
    expect(second.output()).toMatch(/Another Xiezuo process \(pid \d+\) is already using the data directory/);
    // the first is unharmed
    expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'xiezuo.lock'))).toBe(false);

    // a restart on the same data keeps the data and does not seed again
    const again = startServer();
    await waitFor(() => /is up on/.test(again.output()), 60_000);
    expect(again.output()).not.toMatch(/demo accounts/);
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);
  }, 240_000); // three real server starts on a cold embedded PostgreSQL
});
