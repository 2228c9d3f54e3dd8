import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/{unit,integration,contract,component}/**/*.test.{ts,tsx}', 'tests/hub/**/*.test.ts'],
    globalSetup: ['tests/support/postgres-global-setup.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // At least two files at once, even on two cores (vitest's default there is one): the suites wait on PostgreSQL,
    // child processes and scrypt about as much as they compute (CI: 446 s → 302 s on this machine).
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
