import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebServer, WEB_PAGES, type WebServer } from '../../test-support/web-server'
import { addressKind } from './address-kind'
import { AddressPolicy, type Resolve } from './address-policy'
import { USER_AGENT, WebClient } from './web-client'

let server: WebServer
beforeAll(async () => {
  server = await startWebServer({ slowMs: 5_000 })
})
afterAll(() => server.close())

const page = { want: 'page', maxBytes: 1024 * 1024 } as const

/** Every *.test name is this server (127.0.0.1); `public.test` is taken for an address on the internet. */
const testNames: Resolve = async (host) => {
  if (host.endsWith('.test')) return [{ address: '127.0.0.1', family: 4 }]
  throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' })
}
const pretendPublic = () => new AddressPolicy((address, host) => (host === 'public.test' ? 'public' : addressKind(address)), testNames)
const onTest = (name: string, path: string) => `http://${name}:${new URL(server.origin).port}${path}`

async function failure(client: WebClient, url: string) {
  const error = await client.get(url, page).then(
    () => undefined,
    (e: unknown) => e as { reason: string; message: string }
  )
  await client.close()
  if (!error) throw new Error(`${url} was fetched`)
  return error
}

describe('WebClient', () => {
  it('follows redirects to the page and says where it ended', async () => {
    const client = new WebClient()
    const fetched = await client.get(server.url(WEB_PAGES.redirects), page)
    await client.close()
    expect(fetched.url).toBe(server.url(WEB_PAGES.article))
    expect(new TextDecoder().decode(fetched.bytes)).toContain('The bridge will be built')
  })

  it('names Diptych in its User-Agent', async () => {
    expect(USER_AGENT).toMatch(/^Diptych\//)
  })

  it('lets a page on this computer load what is on this computer', async () => {
    const client = new WebClient()
    const fetched = await client.get(server.url('/img/1.png'), { want: 'image', maxBytes: 1024 * 1024 })
    await client.close()
    expect(fetched.type).toBe('image/png')
  })
})

describe('WebClient: a page on the internet cannot reach this computer', () => {
  it('refuses a redirect to 127.0.0.1 and never sends that request', async () => {
    const before = server.requests.length
    const target = server.url('/article?from=redirect')
    const error = await failure(
      new WebClient({ policy: pretendPublic() }),
      onTest('public.test', `/redirect-to?to=${encodeURIComponent(target)}`)
    )
    expect(error.reason).toBe('refused-address')
    expect(error.message).toBe(
      'Diptych did not connect to 127.0.0.1: it is an address on this computer, and a page from the internet may not lead Diptych there.'
    )
    expect(server.requests.slice(before)).not.toContain('/article?from=redirect')
  })

  it('refuses a name whose DNS answer is 127.0.0.1', async () => {
    const target = onTest('evil.test', '/article?from=dns')
    const error = await failure(
      new WebClient({ policy: pretendPublic() }),
      onTest('public.test', `/redirect-to?to=${encodeURIComponent(target)}`)
    )
    expect(error.message).toBe(
      'Diptych did not connect to evil.test: it is an address on this computer, and a page from the internet may not lead Diptych there.'
    )
    expect(server.requests).not.toContain('/article?from=dns')
  })

  it('checks the address again when it connects: a DNS answer that changes after the check is refused', async () => {
    let asked = 0
    // The first answer is on the internet; the one the connection gets is this computer.
    const rebinding: Resolve = async () =>
      asked++ === 0 ? [{ address: '93.184.216.34', family: 4 }] : [{ address: '127.0.0.1', family: 4 }]
    const error = await failure(
      new WebClient({ policy: new AddressPolicy(undefined, rebinding) }),
      onTest('rebind.test', '/article?from=rebind')
    )
    expect(error.reason).toBe('refused-address')
    expect(server.requests).not.toContain('/article?from=rebind')
  })

  it('refuses a page on this computer that leads to the internet', async () => {
    const error = await failure(new WebClient({ policy: pretendPublic() }), server.redirectTo(onTest('public.test', '/article')))
    expect(error.message).toBe(
      'Diptych did not connect to public.test: it is an address on the internet, and a page on this computer may not lead Diptych there.'
    )
  })

  it('never connects to 0.0.0.0, whatever asked for it', async () => {
    const error = await failure(new WebClient(), `http://0.0.0.0:${new URL(server.origin).port}/article`)
    expect(error.message).toBe('Diptych did not connect to 0.0.0.0: it is an address that is not the address of a web site.')
  })

  it('refuses a redirect to a file: address', async () => {
    const error = await failure(new WebClient(), server.redirectTo('file:///etc/passwd'))
    expect(error.reason).toBe('bad-url')
  })
})
