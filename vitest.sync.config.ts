import { defineConfig } from 'vitest/config'

// `npm run test:sync`: the tests that start two Syncthing instances (slow: seconds each), one file at a time.
export default defineConfig({
  test: {
    include: ['src/**/*.sync.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 60_000,
    pool: 'forks',
    fileParallelism: false
  }
})
