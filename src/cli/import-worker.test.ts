// The command line parses in the same bounded worker as the app: a file that keeps the parser busy too
// long, or needs too much memory, is refused instead of taking the command's own process down.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { useTempDirs } from '../node/test-support/temp-dir'
import { ensureBuilt } from './cli-harness'
import { withLibrary } from './library'
import type { Output } from './output'

const tempDir = useTempDirs()
beforeAll(ensureBuilt)
const quiet: Output = { line: () => undefined, json: () => undefined, note: () => undefined, write: async () => undefined }

/** A large, ordinary page: thousands of paragraphs of prose. */
function bigPage(paragraphs: number): string {
  const p = '<p>The council said on Thursday that work on the new bridge would begin next spring, after years of debate.</p>'
  return `<html><head><title>Big</title></head><body><article><h1>Big</h1>${p.repeat(paragraphs)}</article></body></html>`
}

describe('diptych import parses with the app’s bounds', () => {
  it('refuses a file that keeps the parser busy longer than the time allowed', { timeout: 60_000 }, async () => {
    const file = path.join(tempDir(), 'big.html')
    writeFileSync(file, bigPage(20_000))
    const result = await withLibrary(tempDir(), quiet, (app) => app.imports.importFile(file), {
      parserLimits: { timeoutMs: 50, maxHeapMb: 2048 }
    })
    expect(result).toMatchObject({ status: 'failed', message: '“big.html” could not be imported: reading it took longer than 50 ms.' })
  })

  it('refuses a file that needs more memory than allowed', { timeout: 60_000 }, async () => {
    const file = path.join(tempDir(), 'big.html')
    writeFileSync(file, bigPage(20_000))
    const result = await withLibrary(tempDir(), quiet, (app) => app.imports.importFile(file), {
      parserLimits: { timeoutMs: 60_000, maxHeapMb: 48 }
    })
    expect(result).toMatchObject({
      status: 'failed',
      message: '“big.html” could not be imported: reading it needed more memory than Diptych allows for one article.'
    })
  })

  it('imports an ordinary file through the worker', { timeout: 60_000 }, async () => {
    const file = path.join(tempDir(), 'small.html')
    writeFileSync(file, bigPage(20))
    const result = await withLibrary(tempDir(), quiet, (app) => app.imports.importFile(file))
    expect(result).toMatchObject({ status: 'imported' })
  })
})
