// docs/sample-vault is what scripts/sample-vault.mjs makes today: two exports, a hand-written line kept.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from './test-support/temp-dir'
import { HAND_WRITTEN, makeSampleVault } from './test-support/sample-vault'

const tempDir = useTempDirs()
const DOCS = path.resolve(import.meta.dirname, '../../docs/sample-vault')
const read = (dir: string) => Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]))

describe('the sample vault in docs', () => {
  it('is what two exports with a line written by hand in between make today', async () => {
    const vault = path.join(tempDir(), 'vault')
    const [, second] = await makeSampleVault(vault)
    expect(second.updated.length).toBeGreaterThan(0)
    const made = read(vault)
    expect(Object.values(made).some((text) => text.includes(HAND_WRITTEN))).toBe(true)
    expect(read(DOCS), 'run node scripts/sample-vault.mjs').toEqual(made)
  })
})
