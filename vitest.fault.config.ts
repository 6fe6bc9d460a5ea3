import { defineConfig } from 'vitest/config';

/**
 * The fault suite (npm run test:fault, called by .ci/run after npm test): the real server on its embedded PostgreSQL,
 * killed and frozen. Its own command, so npm test stays as it was; one file, one server, run in order.
 */
export default defineConfig({
  test: {
    name: 'fault',
    include: ['fault/**/*.fault.ts'],
    environment: 'node',
    testTimeout: 600_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
