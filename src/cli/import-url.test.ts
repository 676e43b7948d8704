// `diptych import https://…`: pages saved from the local test web server by the real command line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { useTempDirs } from '../node/test-support/temp-dir'
import { startWebServer, WEB_PAGES, type WebServer } from '../node/test-support/web-server'
import { ensureBuilt, runCli, SEEDS } from './cli-harness'
import type { ImportedItem } from './import'

const tempDir = useTempDirs()
let server: WebServer
beforeAll(async () => {
  ensureBuilt()
  server = await startWebServer()
})
afterAll(() => server.close())

describe('diptych import URL', { timeout: 60_000 }, () => {
  it('saves several pages at once, mixed with files, and says why one could not be saved', async () => {
    const dir = tempDir()
    const article = server.url(WEB_PAGES.article)
    const paywalled = server.url(WEB_PAGES.forbidden)
    const run = await runCli(['import', article, SEEDS[0], paywalled, server.url(WEB_PAGES.shiftJis), '--data-dir', dir])
    const lines = run.stdout.trim().split('\n')
    expect(lines[0]).toMatch(new RegExp(`^${article}: imported as [0-9a-f-]{36} “The bridge will be built” with 3 pictures$`))
    expect(lines[1]).toMatch(/: imported as /)
    expect(lines[2]).toBe(
      `${paywalled}: failed: The site refused to give Diptych the page at ${paywalled}. This is often a paywall or a check that turns away programs: ` +
        'open the page in your browser, save it there (Save Page As…) and import the saved file.'
    )
    expect(lines[3]).toMatch(/: imported as \S+ “橋の建設が決まりました”$/)
    expect(lines[4]).toBe('3 files imported, 0 duplicate, 1 failed.')
    expect(run.code).toBe(1)

    const json = JSON.parse((await runCli(['import', article, '--json', '--data-dir', dir])).stdout) as ImportedItem[]
    expect(json[0]).toMatchObject({ file: article, status: 'duplicate', title: 'The bridge will be built' })
  })
})
