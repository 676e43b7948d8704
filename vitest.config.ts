import os from 'node:os'
import path from 'node:path'
import { configDefaults, defineConfig } from 'vitest/config'

// Tests that start Syncthing (`*.sync.test.ts`) run apart, through `npm run test:sync` (vitest.sync.config.ts).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'src/**/*.sync.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    pool: 'forks',
    // Which device a test's store is (device-identity.ts): never the machine's own config folder.
    env: { DIPTYCH_CONFIG_DIR: path.join(os.tmpdir(), 'diptych-test-config') }
  }
})
