import { configDefaults, defineConfig } from 'vitest/config'

// Tests that start Syncthing (`*.sync.test.ts`) run apart, through `npm run test:sync` (vitest.sync.config.ts).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'src/**/*.sync.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    pool: 'forks'
  }
})
