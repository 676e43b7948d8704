import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useNoticeStore } from './notices'
import { useReaderStore } from './reader'
import { storesOverFakeMain } from './test-support/stores'
import { step } from './test-support/fake-web'
import { POLL_MS, useUrlImportStore } from './url-import'

const PAGE = 'https://example.org/news/port-ruling'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

async function setUp() {
  const stores = await storesOverFakeMain()
  const urls = useUrlImportStore()
  const notices = () => useNoticeStore().notices.map((n) => n.message)
  return { ...stores, urls, reader: useReaderStore(), notices }
}

/** A promise to settle by hand, and how. */
function gate() {
  let open!: () => void
  const until = new Promise<void>((resolve) => (open = resolve))
  return { until, open }
}

describe('Add from URL', () => {
  it('refuses an address that cannot be fetched without asking main, and says why under the field', async () => {
    const { urls, main } = await setUp()
    urls.open()
    for (const typed of ['', 'ftp://example.org/a', 'https://example.org/a b']) {
      urls.draft = typed
      await urls.submit()
      expect(urls.outcome?.kind).toBe('invalid')
    }
    expect(urls.outcome?.message).toMatch(/no spaces/)
    expect(main.web.requested).toEqual([])
    expect(urls.dialogOpen).toBe(true)
  })

  it('shows each progress step main reports while it runs, then opens the new article in the focused pane', async () => {
    const { urls, main, library, reader, notices } = await setUp()
    const page = gate()
    main.web.pages.set(PAGE, {
      progress: [
        step('connecting'),
        step('downloading', { bytes: 340 * 1024, totalBytes: 1.2 * 1024 * 1024 }),
        step('images', { imagesDone: 2, imagesTotal: 30 })
      ],
      answer: { title: 'Court upholds the port contract', images: { saved: 30, failed: 0 } },
      until: page.until
    })
    urls.open()
    reader.activeSide = 1
    urls.draft = PAGE
    const done = urls.submit()
    expect(urls.status).toBe('Connecting…')
    const seen: string[] = []
    for (let i = 0; i < 3; i++) {
      await vi.advanceTimersByTimeAsync(POLL_MS)
      seen.push(urls.status)
    }
    expect(seen).toEqual(['Connecting…', 'Downloading 340 KB of 1.2 MB', 'Saving pictures 3 of 30'])
    page.open()
    await done
    const added = library.articles.find((a) => a.title === 'Court upholds the port contract')
    expect(added).toBeDefined()
    expect(reader.panes).toEqual(['left', added!.id])
    expect(urls.dialogOpen).toBe(false)
    expect(urls.running).toBeNull()
    expect(notices()).toEqual(['Added “Court upholds the port contract”.'])
    // Polling stops with the request.
    const polls = main.calls.filter((c) => c === 'importUrlProgress').length
    await vi.advanceTimersByTimeAsync(POLL_MS * 4)
    expect(main.calls.filter((c) => c === 'importUrlProgress').length).toBe(polls)
  })

  it('says how many pictures could not be saved', async () => {
    const { urls, main, notices } = await setUp()
    main.web.pages.set(PAGE, { answer: { title: 'Gallery', images: { saved: 28, failed: 2 } } })
    urls.open()
    urls.draft = PAGE
    await urls.submit()
    expect(notices()).toEqual([
      'Added “Gallery”, but 2 of its 30 pictures could not be saved. Each shows its description and a Retry button in the text.'
    ])
  })

  it("keeps the field and shows main's sentence when the page cannot be added", async () => {
    const { urls, main, library } = await setUp()
    main.web.pages.set(PAGE, { answer: { failed: 'The server refused the page (403): it may be behind a paywall.' } })
    const before = library.articles.length
    urls.open()
    urls.draft = PAGE
    await urls.submit()
    expect(urls.outcome).toEqual({ kind: 'failed', message: 'The server refused the page (403): it may be behind a paywall.' })
    expect(urls.draft).toBe(PAGE)
    expect(urls.dialogOpen).toBe(true)
    expect(library.articles).toHaveLength(before)
  })

  it('opens the article already in the library for a duplicate', async () => {
    const { urls, main, reader, notices } = await setUp()
    main.web.pages.set(PAGE, { answer: { duplicateOf: 'right' } })
    reader.activeSide = 0
    urls.open()
    urls.draft = PAGE
    await urls.submit()
    expect(reader.panes).toEqual(['left', 'right'])
    expect(reader.activeSide).toBe(1)
    expect(urls.dialogOpen).toBe(false)
    expect(notices()).toEqual(['“right” is already in the library: it is open now.'])
  })

  it('cancels: main is asked to stop, the dialog says so and keeps the address', async () => {
    const { urls, main, library } = await setUp()
    main.web.pages.set(PAGE, { progress: [step('connecting')], answer: { title: 'Slow' }, until: new Promise(() => {}) })
    const before = library.articles.length
    urls.open()
    urls.draft = PAGE
    const done = urls.submit()
    await vi.advanceTimersByTimeAsync(POLL_MS)
    await urls.cancel()
    expect(main.web.cancelled).toEqual([main.web.requested[0].requestId])
    await done
    expect(urls.outcome).toEqual({ kind: 'cancelled', message: 'Cancelled: nothing was added.' })
    expect(urls.draft).toBe(PAGE)
    expect(library.articles).toHaveLength(before)
  })

  it('a cancel main did not act on (it came before the request) is said again until the request stops', async () => {
    const { urls, main, errors } = await setUp()
    main.web.pages.set(PAGE, { answer: { title: 'Slow' }, until: new Promise(() => {}) })
    urls.open()
    urls.draft = PAGE
    const done = urls.submit()
    main.failNext('cancelImportUrl', 'No request of that name is running.')
    await urls.cancel()
    expect(urls.status).toBe('Cancelling…')
    expect(main.web.cancelled).toEqual([])
    await vi.advanceTimersByTimeAsync(POLL_MS)
    await done
    expect(main.web.cancelled).toHaveLength(1)
    expect(urls.outcome?.kind).toBe('cancelled')
    expect(errors()).toEqual([])
  })

  it('closing the dialog while a request runs keeps it going, with its progress and a Cancel in a notice', async () => {
    const { urls, main } = await setUp()
    const page = gate()
    main.web.pages.set(PAGE, {
      progress: [step('connecting'), step('downloading', { bytes: 2048 })],
      answer: { title: 'Kept going' },
      until: page.until
    })
    urls.open()
    urls.draft = PAGE
    const done = urls.submit()
    urls.close()
    await vi.advanceTimersByTimeAsync(POLL_MS * 2)
    const notice = useNoticeStore().notices[0]
    expect(notice.message).toBe(`Adding ${PAGE}: Downloading 2 KB`)
    expect(notice.action?.label).toBe('Cancel')
    page.open()
    await done
    expect(useNoticeStore().notices.map((n) => n.message)).toEqual(['Added “Kept going”.'])
  })

  it('a failure while the dialog is closed is told in a notice that offers to try again', async () => {
    const { urls, main } = await setUp()
    const page = gate()
    main.web.pages.set(PAGE, { answer: { failed: 'The page took too long to answer.' }, until: page.until })
    urls.open()
    urls.draft = PAGE
    const done = urls.submit()
    urls.close()
    page.open()
    await done
    const [notice] = useNoticeStore().notices
    expect(notice.message).toBe(`${PAGE} could not be added. The page took too long to answer.`)
    notice.action!.run()
    expect(urls.dialogOpen).toBe(true)
    expect(urls.draft).toBe(PAGE)
  })

  it('a bare web address pasted opens the dialog with it; other text does not', async () => {
    const { urls } = await setUp()
    expect(urls.fromPaste('Some words')).toBe(false)
    expect(urls.dialogOpen).toBe(false)
    expect(urls.fromPaste(` ${PAGE}\n`)).toBe(true)
    expect(urls.dialogOpen).toBe(true)
    expect(urls.draft).toBe(PAGE)
  })

  it('Retry saves the missing pictures, reloads the body and counts what is still missing', async () => {
    const { urls, main, library, notices } = await setUp()
    await library.body('left')
    const body = { id: 'left', blocks: [{ kind: 'paragraph' as const, text: 'Saved again.' }] }
    main.web.retries.set('left', { saved: 3, failed: 1, body })
    const revision = library.bodyRevisions.get('left') ?? 0
    await urls.retryImages('left')
    expect(library.bodies.get('left')).toEqual(body)
    expect(library.bodyRevisions.get('left')).toBe(revision + 1)
    expect(notices()).toEqual(['3 pictures saved, 1 still missing.'])
  })
})
