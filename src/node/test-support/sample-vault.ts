// The sample vault under docs/sample-vault: the seeded library (the two bundled articles) with a few
// highlights, notes, tags and a link, exported into a folder, a line and a property added there by
// hand, the library changed, and exported again. Made by scripts/sample-vault.mjs; a test checks that
// the files in docs are what this makes today.
import { readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { mkdtemp, rm } from 'node:fs/promises'
import type { ExportRequest, FolderUpdateResult } from '../../shared/api'
import { canonicalText, type HighlightColor } from '../../shared/model'
import { openTestApp } from './test-app'

const REQ: ExportRequest = { scope: 'library', articleIds: [], format: 'markdown', includeNotes: true, order: 'reading' }
const AA = 'anadolu-2024-05-16'
const TR = 'trend-2024-05-16'
export const HAND_WRITTEN = 'My own line, written in the vault between two exports: Diptych keeps it.'

/** Makes the sample vault in `vault` (an empty or missing folder); returns what each export did. */
export async function makeSampleVault(vault: string): Promise<FolderUpdateResult[]> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'diptych-sample-library-'))
  const app = await openTestApp(dataDir)
  try {
    const texts = new Map([AA, TR].map((id) => [id, '']))
    for (const id of texts.keys()) texts.set(id, canonicalText((await app.library.body(id)).blocks))
    const add = async (id: string, articleId: string, exact: string, color: HighlightColor, note = '', tags: string[] = []) => {
      const text = texts.get(articleId)!
      const start = text.indexOf(exact)
      if (start < 0) throw new Error(`“${exact}” is not in ${articleId}`)
      const end = start + exact.length
      const quote = { exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) }
      await app.annotations.createHighlight({ id, articleId, color, quote, position: { start, end }, note, tags })
    }
    await add('aa-rebuild', AA, 'We have to rebuild a significant area from scratch', 'yellow', 'The agency’s wording of Aliyev.', [
      'reconstruction'
    ])
    await add('aa-expertise', AA, 'Belarus has expertise in urban planning', 'green', '', ['cooperation'])
    await add('tr-rebuild', TR, 'we have to rebuild from scratch an area', 'yellow', 'The transcript’s word order.', ['reconstruction'])
    await app.annotations.createLink({ id: 'rebuild', from: 'aa-rebuild', to: 'tr-rebuild', relation: 'paraphrases' })
    const first = await app.exports.updateFolder(REQ, vault, '2024-06-01T09:00:00.000Z')

    // The reader writes in the vault: a line after the first highlight, a property of their own.
    const note = path.join(
      vault,
      first.created.find((name) => name.startsWith('Belarus'))!
    )
    const end = '<!-- diptych:end h-'
    const text = readFileSync(note, 'utf8')
    const at = text.indexOf('\n', text.indexOf(end)) + 1
    writeFileSync(note, (text.slice(0, at) + `\n${HAND_WRITTEN}\n` + text.slice(at)).replace('\ntitle: ', '\nstatus: "reading"\ntitle: '))

    // The library changes: a note rewritten, a highlight added.
    await app.annotations.updateHighlight('aa-expertise', { note: 'Compare “very good experience” in the transcript.' })
    await add('tr-expertise', TR, 'Belarus has very good experience in urban planning', 'green', '', ['cooperation'])
    const second = await app.exports.updateFolder(REQ, vault, '2024-06-02T09:00:00.000Z')
    return [first, second]
  } finally {
    await app.store.close()
    await rm(dataDir, { recursive: true, force: true })
  }
}
