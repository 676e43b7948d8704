// A Markdown export of the library repeated into a folder that the reader also writes in (a notes
// vault): on the seeded library with a few highlights, against real files.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ExportRequest } from '../../shared/api'
import { canonicalText } from '../../shared/model'
import { highlightBlockId } from '../../shared/export'
import { useTempDirs } from '../test-support/temp-dir'
import { openApp } from '../open-app'
import { noDesktop, RESOURCES_DIR } from '../test-support/test-app'

const tempDir = useTempDirs()
const REQ: ExportRequest = { scope: 'library', articleIds: [], format: 'markdown', includeNotes: true, order: 'reading' }
const AA = 'anadolu-2024-05-16'
const TR = 'trend-2024-05-16'
const AA_NOTE = 'Belarus offers Azerbaijan help in restoring Karabakh region.md'

async function seeded(platform = noDesktop) {
  const app = await openApp({ dataDir: tempDir(), resourcesDir: RESOURCES_DIR, platform })
  const text = canonicalText((await app.library.body(AA)).blocks)
  const add = async (id: string, exact: string, note = '') => {
    const start = text.indexOf(exact)
    await app.annotations.createHighlight({
      id,
      articleId: AA,
      color: 'yellow',
      quote: {
        exact,
        prefix: text.slice(Math.max(0, start - 20), start),
        suffix: text.slice(start + exact.length, start + exact.length + 20)
      },
      position: { start, end: start + exact.length },
      note
    })
  }
  await add('hl-rebuild', 'We have to rebuild a significant area from scratch', 'The agency’s wording.')
  await add('hl-expertise', 'Belarus has expertise in urban planning')
  return app
}

const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.md'))
      .map((name) => [name, { bytes: readFileSync(path.join(dir, name), 'utf8'), mtime: statSync(path.join(dir, name)).mtimeMs }])
  )

describe('an export repeated into a vault', () => {
  it('changes no byte and no time stamp when the library did not change', async () => {
    const app = await seeded()
    const vault = path.join(tempDir(), 'vault')
    const first = await app.exports.updateFolder(REQ, vault, '2026-01-01T00:00:00.000Z')
    expect(first.created.sort()).toEqual([AA_NOTE, 'I have invited Belarusian companies to actively participate in the.md', 'index.md'])
    const before = snapshot(vault)
    const second = await app.exports.updateFolder(REQ, vault, '2026-02-02T00:00:00.000Z')
    expect(second).toMatchObject({ created: [], updated: [], unchanged: 3, skipped: [], deleted: [] })
    expect(snapshot(vault)).toEqual(before)
    await app.store.close()
  })

  it('updates a renamed, moved note under its new name, keeping what the reader wrote', async () => {
    const app = await seeded()
    const vault = path.join(tempDir(), 'vault')
    await app.exports.updateFolder(REQ, vault)
    mkdirSync(path.join(vault, 'Reading'))
    const moved = path.join(vault, 'Reading', 'Lukashenko in Baku.md')
    renameSync(path.join(vault, AA_NOTE), moved)
    const end = `<!-- diptych:end ${highlightBlockId('hl-rebuild')} -->\n`
    const mine = readFileSync(moved, 'utf8')
      .replace('title: ', 'status: "reading"\ntitle: ')
      .replace(end, `${end}\nMy own thought, with a [[Link]].\n`)
      .concat('\n## Later\n\nWritten by hand.\n')
    writeFileSync(moved, mine)

    await app.annotations.updateHighlight('hl-rebuild', { note: 'Compare the transcript.' })
    await app.annotations.deleteHighlight('hl-expertise')
    const result = await app.exports.updateFolder(REQ, vault)
    expect(result).toMatchObject({ created: [], updated: ['Reading/Lukashenko in Baku.md', 'index.md'], unchanged: 1, skipped: [] })
    const now = readFileSync(moved, 'utf8')
    expect(now).toContain('Compare the transcript.')
    expect(now).not.toContain('The agency’s wording.')
    expect(now).not.toContain('Belarus has expertise in urban planning')
    expect(now).toContain('status: "reading"\n')
    expect(now).toContain(`${end}\nMy own thought, with a [[Link]].\n`)
    expect(now.endsWith('\n## Later\n\nWritten by hand.\n')).toBe(true)
    expect(existsSync(path.join(vault, AA_NOTE))).toBe(false)
    // The index links the note where it is now.
    expect(readFileSync(path.join(vault, 'index.md'), 'utf8')).toContain('(Reading/Lukashenko%20in%20Baku.md)')
    await app.store.close()
  })

  it('reports and leaves alone notes without markers, with edited markers, and of deleted articles', async () => {
    const app = await seeded()
    const vault = path.join(tempDir(), 'vault')
    await app.exports.updateFolder(REQ, vault)
    const trend = path.join(vault, 'I have invited Belarusian companies to actively participate in the.md')
    const aa = path.join(vault, AA_NOTE)
    const noMarkers = readFileSync(trend, 'utf8').replace(/<!-- diptych:(begin|end) [\w-]+ -->\n/g, '')
    writeFileSync(trend, noMarkers)
    const edited = readFileSync(aa, 'utf8').replace('<!-- diptych:end article -->', '<!-- diptych:end article, mine -->')
    writeFileSync(aa, edited)
    await app.annotations.updateHighlight('hl-rebuild', { note: 'Changed.' })
    await app.library.trashArticle(TR)

    const result = await app.exports.updateFolder(REQ, vault)
    expect(result.skipped).toEqual([{ file: AA_NOTE, reason: expect.stringMatching(/markers were changed .*line \d+.*left as it is/) }])
    expect(result.deleted).toEqual([
      { file: path.basename(trend), articleId: TR, title: expect.stringMatching(/^I have invited/) as string }
    ])
    expect(readFileSync(trend, 'utf8')).toBe(noMarkers)
    expect(readFileSync(aa, 'utf8')).toBe(edited)

    // The trend article back, its note without markers: skipped, never overwritten.
    await app.library.restoreArticle(TR)
    const again = await app.exports.updateFolder(REQ, vault)
    expect(again.skipped.map((s) => [s.file, /no diptych:begin/.test(s.reason)])).toContainEqual([path.basename(trend), true])
    expect(readFileSync(trend, 'utf8')).toBe(noMarkers)
    await app.store.close()
  })

  it('never takes the name of a note of the reader’s, nor replaces an export made before markers', async () => {
    const app = await seeded()
    const vault = tempDir()
    writeFileSync(path.join(vault, AA_NOTE), 'My own note about Belarus.\n')
    const older = '---\ntitle: "Diptych library"\nexported: "2024-01-01T00:00:00.000Z"\n---\n\n# Diptych library\n'
    writeFileSync(path.join(vault, 'index.md'), older)
    const result = await app.exports.updateFolder(REQ, vault)
    expect(result.created.sort()).toEqual([
      'Belarus offers Azerbaijan help in restoring Karabakh region (2).md',
      'I have invited Belarusian companies to actively participate in the.md'
    ])
    expect(result.skipped).toEqual([{ file: 'index.md', reason: expect.stringMatching(/before markers/) }])
    expect(readFileSync(path.join(vault, AA_NOTE), 'utf8')).toBe('My own note about Belarus.\n')
    expect(readFileSync(path.join(vault, 'index.md'), 'utf8')).toBe(older)
    await app.store.close()
  })
})

describe('the Export dialog’s library export into a folder that holds notes', () => {
  it('keeps the reader’s text, as Update export does', async () => {
    const vault = path.join(tempDir(), 'vault')
    const app = await seeded({ ...noDesktop, showSaveDialog: async () => vault })
    await app.exports.updateFolder(REQ, vault)
    writeFileSync(path.join(vault, AA_NOTE), readFileSync(path.join(vault, AA_NOTE), 'utf8') + '\nMine.\n')
    await app.annotations.updateHighlight('hl-rebuild', { note: 'Changed in the library.' })
    const result = await app.exports.exportWithDialog(REQ)
    expect(result).toMatchObject({ path: vault, files: 1 })
    const text = readFileSync(path.join(vault, AA_NOTE), 'utf8')
    expect(text).toContain('Changed in the library.')
    expect(text.endsWith('\nMine.\n')).toBe(true)
    await app.store.close()
  })
})
