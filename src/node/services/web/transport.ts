// How one HTTP request is made, without following redirects and without cookies: in Node (the command
// line, the browser mode, tests) through undici with an Agent whose connections check their address;
// in Electron through the app's session (the system proxy applies), behind Platform.webFetch.
import type { Agent } from 'undici'
import type { AddressPolicy } from './address-policy'

/** What Diptych reads of a response: the fetch Response of Node and of Electron both have this shape. */
export interface WebResponse {
  status: number
  headers: { get(name: string): string | null }
  body: ReadableStream<Uint8Array> | null
}

export interface RequestInit {
  signal: AbortSignal
  headers: Record<string, string>
}

/** One GET of `url`, answering a redirect as a 3xx response (never following it), sending no cookies. */
export type Transport = (url: string, init: RequestInit) => Promise<WebResponse>

export interface OpenTransport {
  request: Transport
  close(): Promise<void>
}

/**
 * Node's transport: one Agent per import, closed with it, whose every connection asks `policy` first.
 * undici loads on the first request, so that commands that never fetch do not pay for it.
 */
export function nodeTransport(policy: AddressPolicy, connectTimeoutMs: number): OpenTransport {
  let agent: Agent | undefined
  return {
    request: async (url, { signal, headers }) => {
      const undici = await import('undici')
      agent ??= new undici.Agent({ connect: { timeout: connectTimeoutMs, lookup: policy.connectLookup } })
      return (await undici.fetch(url, { signal, headers, redirect: 'manual', credentials: 'omit', dispatcher: agent })) as WebResponse
    },
    close: async () => {
      await agent?.close()
    }
  }
}

/** A platform's own fetch (Electron's session): the address check happens before each request, in WebClient. */
export function platformTransport(request: Transport): OpenTransport {
  return { request, close: async () => {} }
}
