// Check for a new edition against the local test web server: the same page makes no edition; a changed
// page becomes the latest edition, the earlier one kept read-only with its date, and the highlights move,
// are marked as reworded, or stay on the edition they belong to, none dropped.
import { existsSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { selectorsFor } from '../../../shared/anchor'
import { canonicalText } from '../../../shared/model'
import { librarySchema } from '../../schemas'
import { openTestApp } from '../../test-support/test-app'
import { useTempDirs } from '../../test-support/temp-dir'
import { useWebServer } from '../../test-support/web-server'
import { STORY_V1, STORY_V2, STORY_V3, storyPage } from '../../test-support/edition-pages'

const web = useWebServer({ beforeAll, afterAll })
const tempDir = useTempDirs()

let pages = 0
async function savedStory() {
  const path = `/story-${++pages}`
  const url = web().page(path, storyPage(STORY_V1))
  const app = await openTestApp(tempDir())
  const saved = await app.imports.importUrl(url, `req-${pages}`)
  expect(saved.status).toBe('imported')
  const id = saved.articleId!
  const text = canonicalText((await app.library.body(id)).blocks)
  const highlight = async (passage: string) => {
    const start = text.indexOf(passage)
    // A copy: the library's own object changes with the edition.
    return structuredClone(
      await app.annotations.createHighlight({ articleId: id, color: 'yellow', ...selectorsFor(text, start, start + passage.length) })
    )
  }
  return { app, id, url, publish: (paragraphs: readonly string[]) => web().page(path, storyPage(paragraphs)), highlight }
}

describe('checking an article saved from a URL for a new edition', { timeout: 60_000 }, () => {
  it('makes no edition when the page says the same', async () => {
    const { app, id } = await savedStory()
    const check = await app.editions.check(id)
    expect(check).toMatchObject({
      status: 'unchanged',
      message: '“Council approves the new river bridge” has not changed since it was saved.'
    })
    expect(app.library.article(id).editions).toBeUndefined()
  })

  it('saves a changed page as a new edition and keeps the earlier one, with its date, read-only', async () => {
    const { app, id, publish } = await savedStory()
    const first = canonicalText((await app.library.body(id)).blocks)
    publish(STORY_V2)
    const check = await app.editions.check(id)
    expect(check.status).toBe('new-edition')
    const meta = app.library.article(id)
    expect(meta.editions?.map((e) => e.n)).toEqual([1, 2])
    expect(meta.editions?.[0].savedAt).toBe(meta.addedAt)
    expect(canonicalText((await app.library.body(id)).blocks)).toContain('We hope to open the bridge in the summer')
    expect(canonicalText((await app.editions.body(id, 1)).blocks)).toBe(first)
    expect(meta.textHash).toBe(meta.editions?.[1].textHash)

    publish(STORY_V3)
    expect((await app.editions.check(id)).status).toBe('new-edition')
    expect(app.library.article(id).editions?.map((e) => e.n)).toEqual([1, 2, 3])
    expect(canonicalText((await app.editions.body(id, 2)).blocks)).toContain('The ferry will keep running until the bridge opens')
    expect(canonicalText((await app.editions.body(id, 1)).blocks)).toBe(first)
  })

  it('moves highlights to the new edition, marks the reworded one with both wordings, and keeps the one whose passage is gone', async () => {
    const { app, id, publish, highlight } = await savedStory()
    const kept = await highlight('Residents asked whether the old ferry would keep running')
    const quoted = await highlight('“We will open the bridge in the spring of next year,” the mayor told reporters')
    const gone = await highlight('A spokesman for the builders declined to comment on the cost')
    publish(STORY_V2)
    const check = await app.editions.check(id)
    expect(check).toMatchObject({ moved: 1, revised: 1, stayed: 1 })
    expect(check.message).toMatch(
      /^A new edition of “Council approves the new river bridge” was saved \(edition 2\)\. 1 highlight moved to it unchanged\. 1 highlight moved to it with changed wording\. 1 highlight stayed on the edition of \d+ \w+ \d{4}\.$/
    )
    const now = canonicalText((await app.library.body(id)).blocks)
    const after = (h: { id: string }) => app.store.data.highlights.find((x) => x.id === h.id)!
    expect(now.slice(after(kept).position.start, after(kept).position.end)).toBe(kept.quote.exact)
    expect(after(kept).revised).toBeUndefined()
    expect(after(quoted).revised).toEqual({
      before: quoted.quote.exact,
      after: '“We hope to open the bridge in the summer of next year,” the mayor told reporters',
      edition: 2
    })
    expect(now.slice(after(quoted).position.start, after(quoted).position.end)).toBe(after(quoted).revised!.after)
    // Stayed on edition 1, where its position still points at its words.
    expect(after(gone)).toMatchObject({ edition: 1, quote: gone.quote, position: gone.position })
    const first = canonicalText((await app.editions.body(id, 1)).blocks)
    expect(first.slice(gone.position.start, gone.position.end)).toBe(gone.quote.exact)
    expect(app.store.data.highlights).toHaveLength(3)
    // What was written reads back through the library's own schema.
    await app.store.close()
    const again = await openTestApp(app.store.dir)
    expect(librarySchema.safeParse(again.store.data).success).toBe(true)
    expect(again.store.data.highlights.find((h) => h.id === gone.id)?.edition).toBe(1)
  })

  it('finishes a save interrupted after the body was replaced: the edition it replaced is kept, the highlights move from it', async () => {
    const { app, id, publish, highlight } = await savedStory()
    const quoted = await highlight('“We will open the bridge in the spring of next year,” the mayor told reporters')
    const first = await app.library.body(id)
    const firstHash = app.library.article(id).textHash
    publish(STORY_V2)
    // A whole save, then the library put back as a process killed before naming the edition leaves it:
    // the new body and the kept copy of the first edition on disk, the library still on the first.
    await app.editions.check(id)
    await app.store.update((lib) => {
      const article = lib.articles.find((a) => a.id === id)!
      delete article.editions
      article.textHash = firstHash
      const h = lib.highlights.find((x) => x.id === quoted.id)!
      Object.assign(h, { quote: quoted.quote, position: quoted.position })
      delete h.revised
    })
    const check = await app.editions.check(id)
    expect(check).toMatchObject({ status: 'new-edition', revised: 1 })
    expect(canonicalText((await app.editions.body(id, 1)).blocks)).toBe(canonicalText(first.blocks))
  })

  it('says plainly why a check failed, and changes nothing', async () => {
    const { app, id } = await savedStory()
    const seed = app.store.data.articles.find((a) => a.format === 'bundled')!
    expect((await app.editions.check(seed.id)).message).toBe(
      'This article was not saved from a web address, so there is no page to fetch again.'
    )
    app.store.data.articles.find((a) => a.id === id)!.url = web().url('/missing')
    const check = await app.editions.check(id)
    expect(check.status).toBe('failed')
    expect(check.message).toMatch(/^The site has no page at http:\/\/127\.0\.0\.1:\d+\/missing/)
    expect(app.library.article(id).editions).toBeUndefined()
  })

  it('removes the earlier editions with the article when the trash is emptied', async () => {
    const { app, id, publish } = await savedStory()
    publish(STORY_V2)
    await app.editions.check(id)
    const file = app.editions.files.path(id, 1)
    expect(existsSync(file)).toBe(true)
    await app.library.trashArticle(id)
    await app.library.emptyTrash()
    expect(existsSync(file)).toBe(false)
  })
})
