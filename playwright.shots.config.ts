import { defineConfig } from '@playwright/test'

// `npm run shots`: screenshots of the main screens into shots/ (not part of the test suite).
export default defineConfig({
  testDir: './e2e/shots',
  testMatch: '**/*.shots.ts',
  timeout: 60_000,
  workers: 1,
  reporter: [['list']]
})
