// The pictures of an article: downloaded through the page's guarded client, stored in the asset store,
// failures left as placeholders. Figure blocks are built here directly (the HTML walker's figures are
// tested with the walker); the service tests go through importUrl with a parser that adds them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Block, FigureBlock } from '../../../shared/model'
import { FakeAssets } from '../../test-support/fake-assets'
import { useTempDirs } from '../../test-support/temp-dir'
import { noDesktop, openTestApp } from '../../test-support/test-app'
import { startWebServer, WEB_PAGES, type WebServer } from '../../test-support/web-server'
import { ImportService } from '../import-service'
import { inlineParser, type Parser } from '../import/worker-parser'
import { addressKind } from './address-kind'
import { AddressPolicy } from './address-policy'
import { savePictures } from './save-pictures'
import { WebClient } from './web-client'

let server: WebServer
beforeAll(async () => {
  server = await startWebServer({ hugeImageBytes: 200_000 })
})
afterAll(() => server.close())
const tempDir = useTempDirs()

const figure = (src: string, alt = 'A picture'): FigureBlock => ({ kind: 'figure', text: `Caption of ${alt}`, image: { src, alt } })
const paragraph: Block = { kind: 'paragraph', text: 'Some text between the pictures.' }
const figures = (blocks: Block[]) => blocks.filter((b): b is FigureBlock => b.kind === 'figure')

async function saved(blocks: Block[], options: { assets?: FakeAssets; limits?: object; client?: WebClient } = {}) {
  const client = options.client ?? new WebClient()
  const assets = options.assets ?? new FakeAssets()
  try {
    return { ...(await savePictures(blocks, { client, assets, limits: options.limits })), store: assets }
  } finally {
    await client.close()
  }
}

describe('savePictures', { timeout: 60_000 }, () => {
  it('stores each picture once and sets the figure’s asset, keeping its source and alt text', async () => {
    const src = server.url('/img/1.png')
    const result = await saved([figure(src), paragraph, figure(src, 'Again'), figure(server.url('/img/2.png'))])
    expect(result).toMatchObject({ saved: 3, failed: 0 })
    expect(result.assets).toHaveLength(2)
    expect(result.store.files.size).toBe(2)
    const [first, second] = figures(result.blocks)
    expect(first.image).toEqual({ src, alt: 'A picture', asset: expect.stringMatching(/^[0-9a-f]{64}\.png$/) })
    expect(second.image.asset).toBe(first.image.asset)
    expect(server.requests.filter((r) => r === '/img/1.png')).toHaveLength(1)
  })

  it('leaves a figure whose picture fails as a placeholder: missing, not a picture, too large, refused by the store', async () => {
    const assets = new FakeAssets()
    const blocks = [
      figure(server.url('/img/missing.png')),
      figure(server.url(WEB_PAGES.notAPicture)),
      figure(server.url(WEB_PAGES.hugePicture)),
      figure(server.url('/img/3.png'))
    ]
    const result = await saved(blocks, { assets, limits: { maxImageBytes: 100_000 } })
    expect(result).toMatchObject({ saved: 1, failed: 3 })
    for (const f of figures(result.blocks).slice(0, 3)) {
      expect(f.image.asset).toBeUndefined()
      expect(f.image.src).toMatch(/^http:/)
      expect(f.image.alt).toBe('A picture')
    }
    assets.failing = true
    expect(await saved([figure(server.url('/img/4.png'))], { assets })).toMatchObject({ saved: 0, failed: 1 })
  })

  it('stops at the number of pictures and the bytes an article may have', async () => {
    const many = Array.from({ length: 5 }, (_, i) => figure(server.url(`/img/${10 + i}.png`)))
    expect(await saved(many, { limits: { maxImages: 3 } })).toMatchObject({ saved: 3, failed: 2 })
    const big = Array.from({ length: 4 }, (_, i) => figure(server.url(`/img/big-${i + 1}.png`)))
    // Each is about 30 KB: two fit in 70 KB, one at a time so that the order is known.
    expect(await saved(big, { limits: { maxArticleImageBytes: 70_000, concurrency: 1 } })).toMatchObject({ saved: 2, failed: 2 })
  })

  it('downloads nothing for figures already saved or whose source is not on the web', async () => {
    const before = server.requests.length
    const kept: FigureBlock = {
      ...figure(server.url('/img/5.png')),
      image: { src: server.url('/img/5.png'), alt: '', asset: `${'a'.repeat(64)}.png` }
    }
    const result = await saved([kept, figure('images/local.png'), figure('data:image/png;base64,iVBORw0KGgo=')])
    expect(result).toMatchObject({ saved: 0, failed: 0 })
    expect(server.requests.length).toBe(before)
  })

  it('on a page from the internet, refuses a picture on this computer and never requests it', async () => {
    const policy = new AddressPolicy(
      (address, host) => (host === 'public.test' ? 'public' : addressKind(address)),
      async () => [{ address: '127.0.0.1', family: 4 }]
    )
    await policy.check(new URL('http://public.test/article'))
    const port = new URL(server.origin).port
    const result = await saved([figure(server.url('/img/7.png?direct')), figure(`http://evil.test:${port}/img/7.png?dns`)], {
      client: new WebClient({ policy })
    })
    expect(result).toMatchObject({ saved: 0, failed: 2 })
    expect(server.requests.filter((r) => r.startsWith('/img/7.png'))).toEqual([])
  })
})

/** The real parser, plus figures showing the server's pictures at the given paths (relative to the page). */
function parserAddingFigures(paths: string[]): Parser {
  return {
    async parse(job) {
      const parsed = await inlineParser.parse(job)
      if (!parsed.ok || job.kind !== 'file') return parsed
      const base = job.web!.url
      const added = paths.map((p, i) => figure(new URL(p, base).href, `Picture ${i + 1}`))
      return { ok: true, value: { ...parsed.value, blocks: [...parsed.value.blocks, ...added] } }
    }
  }
}

describe('importUrl and retryImages: pictures of a saved page', { timeout: 60_000 }, () => {
  async function importer(paths: string[], assets = new FakeAssets()) {
    const app = await openTestApp(tempDir())
    const imports = new ImportService(app.store, app.library, noDesktop, parserAddingFigures(paths), {}, assets)
    return { app, imports, assets }
  }

  it('saves the article with its pictures and names them in its metadata, with progress by picture', async () => {
    const { app, imports } = await importer(['/img/1.png', '/img/2.png', '/img/missing.png'])
    const seen: string[] = []
    const saving = imports.importUrl(server.url(WEB_PAGES.article), 'with-pictures')
    const poll = setInterval(() => {
      const p = imports.urlRequests.progress('with-pictures')
      if (p && !seen.includes(p.phase)) seen.push(p.phase)
    }, 1)
    const result = await saving
    clearInterval(poll)
    expect(result).toMatchObject({
      status: 'imported',
      // The page's own three pictures, and the three added.
      images: { saved: 5, failed: 1 },
      message: 'Imported “The bridge will be built” with 5 of 6 pictures; the others show their description and can be retried.'
    })
    const meta = app.library.article(result.articleId!)
    const body = await app.library.body(meta.id)
    const assetsShown = figures(body.blocks).flatMap((f) => (f.image.asset ? [f.image.asset] : []))
    expect(meta.assets?.sort()).toEqual([...new Set(assetsShown)].sort())
    expect(figures(body.blocks).at(-1)!.image).toEqual({ src: server.url('/img/missing.png'), alt: 'Picture 3' })
    expect(seen.length).toBeGreaterThan(0)
  })

  it('retries the pictures that failed, and saves them once they can be', async () => {
    const assets = new FakeAssets()
    assets.failing = true
    const { app, imports } = await importer(['/img/20.png', '/img/21.png'], assets)
    const result = await imports.importUrl(server.url(WEB_PAGES.table), 'retry-later')
    expect(result.images).toEqual({ saved: 0, failed: 2 })
    expect(await imports.retryImages(result.articleId!)).toEqual({ saved: 0, failed: 2 })
    assets.failing = false
    expect(await imports.retryImages(result.articleId!)).toEqual({ saved: 2, failed: 0 })
    const body = await app.library.body(result.articleId!)
    expect(figures(body.blocks).every((f) => f.image.asset)).toBe(true)
    expect(app.library.article(result.articleId!).assets).toHaveLength(2)
    expect(await imports.retryImages(result.articleId!)).toEqual({ saved: 0, failed: 0 })
  })
})
