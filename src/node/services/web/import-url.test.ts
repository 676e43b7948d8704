// Saving a page from the web, as the reader sees it: the article and its fields, and for every failure
// the sentence the reader is told. All against the local test server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { canonicalText } from '../../../shared/model'
import { FakeAssets } from '../../test-support/fake-assets'
import { useTempDirs } from '../../test-support/temp-dir'
import { noDesktop, openTestApp } from '../../test-support/test-app'
import { LEGACY_SAMPLE, startWebServer, WEB_PAGES, type WebServer } from '../../test-support/web-server'
import { ImportService } from '../import-service'
import { inlineParser } from '../import/worker-parser'
import { addressKind } from './address-kind'
import { AddressPolicy } from './address-policy'
import type { WebImportOptions } from './web-import'

let server: WebServer
beforeAll(async () => {
  server = await startWebServer({ slowMs: 5_000 })
})
afterAll(() => server.close())
const tempDir = useTempDirs()

let nextId = 0
async function importer(web: WebImportOptions = {}) {
  const app = await openTestApp(tempDir())
  const imports = new ImportService(
    app.store,
    app.library,
    noDesktop,
    inlineParser,
    { client: { totalTimeoutMs: 20_000, connectTimeoutMs: 5_000 }, ...web },
    new FakeAssets()
  )
  const save = (url: string, keepDuplicates?: boolean) => imports.importUrl(url, `req-${++nextId}`, { keepDuplicates })
  return { app, imports, save }
}

async function messageFor(url: string, web?: WebImportOptions): Promise<string> {
  const { save } = await importer(web)
  const result = await save(url)
  expect(result.status).toBe('failed')
  return result.message!
}

describe('importUrl: the saved article', { timeout: 60_000 }, () => {
  it('keeps the address, canonical address, site, author, publication date and the day it was saved', async () => {
    const { app, save } = await importer()
    const before = new Date().toISOString()
    const result = await save(server.url(WEB_PAGES.article))
    expect(result).toMatchObject({ status: 'imported', fileName: server.url(WEB_PAGES.article) })
    const meta = app.library.article(result.articleId!)
    expect(meta).toMatchObject({
      title: 'The bridge will be built',
      url: server.url(WEB_PAGES.article),
      canonicalUrl: 'https://harbour.example/news/bridge',
      source: 'Harbour Times',
      author: 'Ada Writer',
      published: expect.stringMatching(/^2024-05-16/),
      format: 'html'
    })
    expect(meta.importedFrom).toBeUndefined()
    expect(meta.addedAt >= before).toBe(true)
    const text = canonicalText((await app.library.body(meta.id)).blocks)
    expect(text).toContain('The council said on Thursday')
  })

  it('keeps the address the redirects ended at', async () => {
    const { app, save } = await importer()
    const result = await save(server.url(WEB_PAGES.redirects))
    expect(app.library.article(result.articleId!).url).toBe(server.url(WEB_PAGES.article))
  })

  it('calls a page that names no site by its host', async () => {
    const { app, save } = await importer()
    const result = await save(server.url(WEB_PAGES.windows1252))
    expect(app.library.article(result.articleId!).source).toBe('127.0.0.1')
  })

  it('saves plain text and Markdown pages', async () => {
    const { app, save } = await importer()
    const text = await save(server.url(WEB_PAGES.text))
    const markdown = await save(server.url(WEB_PAGES.markdown))
    expect(text.status).toBe('imported')
    expect(app.library.article(markdown.articleId!)).toMatchObject({ title: 'Notes in Markdown', format: 'markdown' })
  })

  it('says a page already saved is a duplicate, by its address or its text', async () => {
    const { save } = await importer()
    const first = await save(server.url(WEB_PAGES.article))
    expect(await save(server.url(WEB_PAGES.article))).toMatchObject({ status: 'duplicate', duplicateOf: first.articleId })
    expect(await save(server.url(WEB_PAGES.redirects))).toMatchObject({ status: 'duplicate', duplicateOf: first.articleId })
    expect((await save(server.url(WEB_PAGES.article), true)).status).toBe('imported')
  })

  it('answers an address already saved without downloading it again', async () => {
    const { save } = await importer()
    const first = await save(server.url(`${WEB_PAGES.code}?once`))
    const asked = server.requests.length
    expect(await save(server.url(`${WEB_PAGES.code}?once`))).toMatchObject({ status: 'duplicate', duplicateOf: first.articleId })
    expect(server.requests.length).toBe(asked)
  })

  it.each([
    ['windows-1252', WEB_PAGES.windows1252, LEGACY_SAMPLE['windows-1252']],
    ['Shift_JIS', WEB_PAGES.shiftJis, LEGACY_SAMPLE.shift_jis],
    ['GB18030', WEB_PAGES.gb18030, LEGACY_SAMPLE.gb18030],
    ['windows-1252 declared nowhere', WEB_PAGES.undeclared, LEGACY_SAMPLE['windows-1252']]
  ])('reads a page in %s (no charset in the header)', async (_, path, sample) => {
    const { app, save } = await importer()
    const result = await save(server.url(path))
    expect(result.status).toBe('imported')
    expect(canonicalText((await app.library.body(result.articleId!)).blocks)).toContain(sample)
  })
})

describe('importUrl: what the reader is told when a page cannot be saved', { timeout: 60_000 }, () => {
  const url = (path: string) => server.url(path)

  it('not found', async () => {
    expect(await messageFor(url(WEB_PAGES.notFound))).toBe(
      `The site has no page at ${url(WEB_PAGES.notFound)} (it answered “not found”). Check the address.`
    )
  })

  it('forbidden: often a paywall or bot wall, and what to do instead', async () => {
    expect(await messageFor(url(WEB_PAGES.forbidden))).toBe(
      `The site refused to give Diptych the page at ${url(WEB_PAGES.forbidden)}. This is often a paywall or a check that turns away programs: ` +
        'open the page in your browser, save it there (Save Page As…) and import the saved file.'
    )
  })

  it('too busy, or broken', async () => {
    expect(await messageFor(url(WEB_PAGES.rateLimited))).toBe(
      '127.0.0.1 is asking Diptych to wait before asking again; try again in a few minutes.'
    )
    expect(await messageFor(url(WEB_PAGES.serverError))).toBe(
      `The site could not give the page at ${url(WEB_PAGES.serverError)} (it answered with an error); try again later.`
    )
  })

  it('timed out, before the page starts and while it arrives', async () => {
    const timedOut = '127.0.0.1 took too long to answer (more than 1.5 seconds), so Diptych stopped waiting. Try again later.'
    const quick = { client: { totalTimeoutMs: 1_500 } }
    expect(await messageFor(url(WEB_PAGES.slow), quick)).toBe(timedOut)
    expect(await messageFor(url(WEB_PAGES.slowBody), quick)).toBe(timedOut)
  })

  it('too large, whether or not the server says how large', async () => {
    // A smaller limit than MAX_PAGE_BYTES keeps the test quick; the check is the same.
    for (const path of [WEB_PAGES.huge, WEB_PAGES.hugeDeclared]) {
      expect(await messageFor(url(path), { maxPageBytes: 2 * 1024 * 1024 })).toBe(
        `The page at ${url(path)} is larger than the 2 MB Diptych saves as one article.`
      )
    }
  })

  it('not an article', async () => {
    expect(await messageFor(url(WEB_PAGES.empty))).toBe(
      `The page at ${url(WEB_PAGES.empty)} has no article text that Diptych can find. If it builds its text with scripts, ` +
        'open the page in your browser, save it there (Save Page As…) and import the saved file once it has loaded.'
    )
  })

  it('not a web page, naming what it is', async () => {
    expect(await messageFor(url(WEB_PAGES.pdf))).toBe(
      `The address ${url(WEB_PAGES.pdf)} leads to a PDF document (application/pdf), not a web page; Diptych saves web pages, plain text and Markdown.`
    )
    expect(await messageFor(url(WEB_PAGES.json))).toContain('leads to JSON data (application/json), not a web page')
  })

  it('host not found, and offline', async () => {
    const answering = (code: string) => () =>
      new AddressPolicy(undefined, async () => {
        throw Object.assign(new Error(`getaddrinfo ${code}`), { code })
      })
    expect(await messageFor('http://no-such-site.example/news', { policy: answering('ENOTFOUND') })).toBe(
      'Diptych could not find the site no-such-site.example: check the address, or whether this computer is online.'
    )
    const offline = answering('EAI_AGAIN')
    expect(await messageFor('https://news.example/story', { policy: offline })).toBe(
      'Diptych could not reach news.example: this computer seems to be offline. Try again once it is connected.'
    )
  })

  it('refused connection', async () => {
    const closed = await startWebServer()
    const address = closed.url('/article')
    await closed.close()
    expect(await messageFor(address)).toBe('127.0.0.1 refused the connection; the site may be down. Try again later.')
  })

  it('too many redirects, and a loop', async () => {
    expect(await messageFor(url(WEB_PAGES.tooManyRedirects))).toBe(
      `The page at ${url(WEB_PAGES.tooManyRedirects)} sends Diptych on from address to address (more than 5 times, or round in a circle), so Diptych stopped.`
    )
    expect(await messageFor(url(WEB_PAGES.loop))).toContain('round in a circle')
  })

  it('refused address: a page on the internet that redirects to this computer', async () => {
    const port = new URL(server.origin).port
    const policy = () =>
      new AddressPolicy(
        (address, host) => (host === 'public.test' ? 'public' : addressKind(address)),
        async () => [{ address: '127.0.0.1', family: 4 }]
      )
    const message = await messageFor(`http://public.test:${port}/redirect-to?to=${encodeURIComponent(url(WEB_PAGES.article))}`, { policy })
    expect(message).toBe(
      'Diptych did not connect to 127.0.0.1: it is an address on this computer, and a page from the internet may not lead Diptych there.'
    )
  })

  it('addresses that are not web pages, or carry a password', async () => {
    expect(await messageFor('ftp://files.example/a.txt')).toBe(
      '“ftp://files.example/a.txt” is not a web address; Diptych saves pages whose address starts with http:// or https://.'
    )
    expect(await messageFor('not an address')).toContain('is not a web address')
    expect(await messageFor('https://me:secret@news.example/story')).toBe(
      'The address https://news.example/story contains a user name or password; Diptych does not send those. Remove them from the address and try again.'
    )
  })

  it('cancelled, with progress until then and none after', async () => {
    const { imports } = await importer({ client: { totalTimeoutMs: 10_000 } })
    const saving = imports.importUrl(url(WEB_PAGES.slow), 'cancel-me')
    await expect.poll(() => server.requests.includes(WEB_PAGES.slow)).toBe(true)
    expect(imports.urlRequests.progress('cancel-me')).toMatchObject({ phase: 'connecting', bytes: 0 })
    imports.urlRequests.cancel('cancel-me')
    expect(await saving).toEqual({
      fileName: url(WEB_PAGES.slow),
      status: 'failed',
      message: `Saving ${url(WEB_PAGES.slow)} was cancelled.`
    })
    expect(imports.urlRequests.progress('cancel-me')).toBeNull()
  })

  it('escapes control characters of an address in the message', async () => {
    const message = await messageFor('ftp://a\u0007b.example/')
    expect(message).not.toContain('\u0007')
    expect(message).toContain('\\u0007')
  })
})
