import { defineConfig } from '@playwright/test'

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  timeout: 45_000,
  expect: { timeout: 7_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  // One retry on CI: a test that passes on retry is reported as flaky in the output, not hidden.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: process.env.DIPTYCH_E2E_REPORT ?? 'test-results/e2e.json' }]],
  use: { trace: 'off', screenshot: 'only-on-failure' }
})
