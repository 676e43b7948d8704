// Platform.webFetch in Electron: one GET through the app's session (Chromium's network stack, so the
// system proxy applies), without cookies, and without following redirects: net.fetch cancels a request
// whose redirect mode is 'manual' (electron/electron#43715), so net.request's 'redirect' event is used
// and the redirect handed back as a 3xx response for WebClient to check and follow.
import { net, session } from 'electron'
import type { WebRequestInit, WebResponse } from '../node'

type RawHeaders = Record<string, string | string[]>

function headerGetter(headers: RawHeaders): WebResponse['headers'] {
  return {
    get(name) {
      const value = headers[name.toLowerCase()]
      return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value
    }
  }
}

export function electronWebFetch(url: string, { signal, headers }: WebRequestInit): Promise<WebResponse> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason)
    const request = net.request({
      url,
      method: 'GET',
      redirect: 'manual',
      credentials: 'omit',
      useSessionCookies: false,
      session: session.defaultSession
    })
    for (const [name, value] of Object.entries(headers)) request.setHeader(name, value)
    const onAbort = () => {
      request.abort()
      reject(signal.reason)
    }
    signal.addEventListener('abort', onAbort, { once: true })
    request.on('redirect', (status, _method, location, responseHeaders) => {
      signal.removeEventListener('abort', onAbort)
      request.abort()
      resolve({ status, headers: headerGetter({ ...responseHeaders, location }), body: null })
    })
    request.on('response', (response) => {
      signal.removeEventListener('abort', onAbort)
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          response.on('data', (chunk: Buffer) => controller.enqueue(new Uint8Array(chunk)))
          response.on('end', () => controller.close())
          response.on('error', (error: Error) => controller.error(error))
          signal.addEventListener('abort', () => {
            request.abort()
            controller.error(signal.reason)
          })
        },
        cancel: () => request.abort()
      })
      resolve({ status: response.statusCode, headers: headerGetter(response.headers as RawHeaders), body })
    })
    request.on('error', reject)
    request.end()
  })
}
