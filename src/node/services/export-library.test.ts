// The export of a whole generated library, file for file as the first version wrote it: the digest
// below was taken from the files that version wrote (before highlights were grouped by article and the
// files synced in one batch).
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateLibrary, SIZES } from '../../../bench/generate-library'
import type { ExportRequest } from '../../shared/api'
import { useTempDirs } from '../test-support/temp-dir'
import { openTestApp } from '../test-support/test-app'

const tempDir = useTempDirs()
const EXPORTED_AT = '2026-01-02T03:04:05.000Z'
const FIRST_VERSION_DIGEST = '21fe7da633f39aa17f3030b676911023ab32e90408b20a5f2b2ff454173d543d'

function digestOf(folder: string): { files: number; digest: string } {
  const hash = createHash('sha256')
  const names = readdirSync(folder).sort()
  for (const name of names) hash.update(`${name}\u0000${readFileSync(path.join(folder, name), 'utf8')}\u0000`)
  return { files: names.length, digest: hash.digest('hex') }
}

describe('export of a whole library', () => {
  it('writes the files the first version wrote, and no temporary file', { timeout: 120_000 }, async () => {
    const generated = generateLibrary(tempDir(), SIZES.S)
    const app = await openTestApp(generated.dir)
    const req: ExportRequest = { scope: 'library', articleIds: [], format: 'markdown', includeNotes: true, order: 'reading' }
    const rendered = await app.exports.render(req, EXPORTED_AT)
    const out = path.join(tempDir(), 'export')
    await app.exports.write(rendered, out, { force: false })
    await app.store.close()
    expect(digestOf(out)).toEqual({ files: SIZES.S.articles + 1, digest: FIRST_VERSION_DIGEST })
  })
})
