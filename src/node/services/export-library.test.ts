// The export of a whole generated library, file for file: the digest below was taken from the files
// written when each highlight got its link back and each note its markers, before the export was made
// faster, so that speed never changes a byte. The first version's digest (before links and markers)
// was 21fe7da6…; the format changed on purpose then.
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
const DIGEST = '94d8466ed4e61c187439d499a4d7f6a384e377ac9844aeee802b39c29fe0e5ec'

function digestOf(folder: string): { files: number; digest: string } {
  const hash = createHash('sha256')
  const names = readdirSync(folder).sort()
  for (const name of names) hash.update(`${name}\u0000${readFileSync(path.join(folder, name), 'utf8')}\u0000`)
  return { files: names.length, digest: hash.digest('hex') }
}

describe('export of a whole library', () => {
  it('writes the files it wrote before it was made faster, and no temporary file', { timeout: 120_000 }, async () => {
    const generated = generateLibrary(tempDir(), SIZES.S)
    const app = await openTestApp(generated.dir)
    const req: ExportRequest = { scope: 'library', articleIds: [], format: 'markdown', includeNotes: true, order: 'reading' }
    const rendered = await app.exports.render(req, EXPORTED_AT)
    const out = path.join(tempDir(), 'export')
    await app.exports.write(rendered, out, { force: false })
    // The same files through the repeatable export into a new folder.
    const vault = path.join(tempDir(), 'vault')
    await app.exports.updateFolder(req, vault, EXPORTED_AT)
    await app.store.close()
    expect(digestOf(out)).toEqual({ files: SIZES.S.articles + 1, digest: DIGEST })
    expect(digestOf(vault)).toEqual({ files: SIZES.S.articles + 1, digest: DIGEST })
  })
})
