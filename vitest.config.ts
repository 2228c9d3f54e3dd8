import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/{unit,integration,contract,component}/**/*.test.{ts,tsx}', 'tests/hub/**/*.test.ts'],
    globalSetup: ['tests/support/postgres-global-setup.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
