// The four channels of saving from the web, through the handler table as the renderer calls them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ImportItemResult } from '../../../shared/api'
import { useTempDirs } from '../../test-support/temp-dir'
import { openCallableApp } from '../../test-support/test-app'
import { useWebServer, WEB_PAGES } from '../../test-support/web-server'

const web = useWebServer({ beforeAll, afterAll })
const tempDir = useTempDirs()

describe('importUrl, importUrlProgress, cancelImportUrl, retryImages', { timeout: 60_000 }, () => {
  it('saves a page, and has no progress for a request that is not running', async () => {
    const { call } = await openCallableApp(tempDir())
    const result = await call<ImportItemResult>('importUrl', { url: web().url(WEB_PAGES.article), requestId: 'add_1' })
    expect(result).toMatchObject({ status: 'imported', message: 'Imported “The bridge will be built” with its 3 pictures.' })
    expect(await call('importUrlProgress', { requestId: 'add_1' })).toBeNull()
    expect(await call('cancelImportUrl', { requestId: 'add_1' })).toBeUndefined()
    expect(await call('retryImages', { articleId: result.articleId })).toEqual({ saved: 0, failed: 0 })
  })

  it('refuses malformed requests before any service sees them', async () => {
    const { call } = await openCallableApp(tempDir())
    await expect(call('importUrl', { url: web().url(WEB_PAGES.article), requestId: 'no spaces' })).rejects.toThrow(/request id/)
    await expect(call('importUrl', { url: web().url(WEB_PAGES.article), requestId: 'x'.repeat(81) })).rejects.toThrow(/request id/)
    await expect(call('importUrl', { url: '', requestId: 'a' })).rejects.toThrow(/Invalid request at url/)
    await expect(call('importUrl', { url: web().url(WEB_PAGES.article), requestId: 'a', extra: 1 })).rejects.toThrow(/Invalid request/)
    await expect(call('retryImages', { articleId: 'no-such-article' })).rejects.toThrow('The article was not found.')
  })

  it('explains an address it will not fetch as a failed import, not an invalid request', async () => {
    const { call } = await openCallableApp(tempDir())
    expect(await call('importUrl', { url: 'javascript:alert(1)', requestId: 'js' })).toMatchObject({
      status: 'failed',
      message: '“javascript:alert(1)” is not a web address; Diptych saves pages whose address starts with http:// or https://.'
    })
  })

  it('refuses a second request under a running request id', async () => {
    const { call } = await openCallableApp(tempDir())
    const first = call<ImportItemResult>('importUrl', { url: web().url(WEB_PAGES.slow), requestId: 'same' })
    await expect(call('importUrl', { url: web().url(WEB_PAGES.article), requestId: 'same' })).rejects.toThrow(
      'A page is already being saved under this request.'
    )
    await call('cancelImportUrl', { requestId: 'same' })
    expect(await first).toMatchObject({ status: 'failed', message: expect.stringContaining('was cancelled') })
  })
})
