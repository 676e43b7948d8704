import os from 'node:os'
import path from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    pool: 'forks',
    // Which device a test's store is (device-identity.ts): never the machine's own config folder.
    env: { DIPTYCH_CONFIG_DIR: path.join(os.tmpdir(), 'diptych-test-config') }
  }
})
