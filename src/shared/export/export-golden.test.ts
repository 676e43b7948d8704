// Golden files: the exports of the press-conference fixture, compared byte for byte, so that any change
// in the format shows up as a diff. `UPDATE_GOLDEN=1 npx vitest run src/shared/export` rewrites them.

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { anadolu, EXPORTED_AT, links, paraphraseLink, readingOrder, trend } from './golden/press-conference.fixture'
import { exportArticleMarkdown, exportPairMarkdown } from './markdown-article'
import { exportLibraryMarkdown } from './markdown-library'
import { exportWebAnnotations } from './webannotation'

const GOLDEN = join(dirname(fileURLToPath(import.meta.url)), 'golden')
const UPDATE = process.env.UPDATE_GOLDEN === '1'

function expectGolden(relativePath: string, actual: string): void {
  const path = join(GOLDEN, relativePath)
  if (UPDATE) {
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, actual)
    return
  }
  // A missing golden file fails: it is never created silently.
  expect(existsSync(path), `${relativePath} is missing; run with UPDATE_GOLDEN=1`).toBe(true)
  expect(actual).toBe(readFileSync(path, 'utf8'))
}

describe('golden exports of the press conference', () => {
  it('the report, in reading order, with notes', () => {
    expectGolden('anadolu-report.md', exportArticleMarkdown(anadolu, readingOrder, links))
  })

  it('the statement, grouped by tag', () => {
    expectGolden('trend-statement.by-tag.md', exportArticleMarkdown(trend, { ...readingOrder, order: 'tag' }, links))
  })

  it('the pair in one file, grouped by colour, without notes', () => {
    const options = { includeNotes: false, order: 'color' as const, exportedAt: EXPORTED_AT }
    expectGolden('pair.by-color.md', exportPairMarkdown(anadolu, trend, options, links))
  })

  it('the library: one note per article and the index', () => {
    const { files } = exportLibraryMarkdown([anadolu, trend], readingOrder, links)
    if (UPDATE) rmSync(join(GOLDEN, 'library'), { recursive: true, force: true })
    for (const file of files) expectGolden(join('library', file.name), file.content)
    // No file left over from an older format either.
    expect(readdirSync(join(GOLDEN, 'library')).sort()).toEqual(files.map((file) => file.name).sort())
  })

  it('the report as W3C Web Annotations', () => {
    expectGolden(
      'anadolu-report.annotations.json',
      JSON.stringify(
        exportWebAnnotations(anadolu, [paraphraseLink], (id) => links.highlightById(id)?.article.id),
        null,
        2
      ) + '\n'
    )
  })
})
