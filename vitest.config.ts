import { defineConfig } from 'vitest/config';

// Three tiers: pure domain units, server tests against a real PostgreSQL, browser journeys in Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'domain',
          include: ['domain/src/**/*.test.ts'],
          environment: 'node',
          sequence: { groupOrder: 0 },
        },
      },
      { test: { name: 'web', include: ['web/src/**/*.test.ts'], environment: 'node', sequence: { groupOrder: 0 } } },
      // the shape of the tree itself: where role names may appear, which imports may point where
      {
        test: {
          name: 'structure',
          include: ['structure/**/*.test.ts'],
          // parses every source file with the TypeScript compiler: seconds on a quiet machine, more on a loaded one
          testTimeout: 120_000,
          environment: 'node',
          // parses every source file: 6 s at a load average of 14 on 2 cores, past the 5 s default
          testTimeout: 60_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'server',
          include: ['server/src/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['server/test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
