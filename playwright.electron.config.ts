import { defineConfig } from '@playwright/test';

/**
 * Electron smoke suite (opt-in): the built app in a real Electron window. Run through
 * `npm run test:electron`, which skips it, saying why, where no Electron binary exists.
 */
export default defineConfig({
  testDir: 'tests/e2e-electron',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
});
