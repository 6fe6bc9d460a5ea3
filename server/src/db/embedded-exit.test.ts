import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');

/** Runs a module body in a fresh Node with the project's loader; returns its exit status. */
function exitStatusOf(body: string): number | null {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', body], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return r.status;
}

describe('a process that loaded the embedded PostgreSQL module', () => {
  // its exit hook once turned every failed test run (process.exitCode = 1, then the event loop drains) into exit code 0
  it('ends with the exit code it set, failing or not', () => {
    expect(exitStatusOf(`await import('./server/src/db/embedded.ts'); process.exitCode = 4;`)).toBe(4);
    expect(exitStatusOf(`await import('./server/src/db/embedded.ts'); process.exitCode = 0;`)).toBe(0);
    expect(exitStatusOf(`await import('./server/src/db/embedded.ts');`)).toBe(0);
  });
});
