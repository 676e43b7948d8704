// Serves the built renderer from app://diptych/ instead of file://, which would give the page file
// access privileges. Only files inside the renderer folder are served, and under /media/ the library's
// pictures, as the Node layer's media route decides.
import { net, protocol } from 'electron'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { isMediaPath, readMedia } from '../node'
import { APP_HOST, APP_SCHEME } from './trusted-url'

export { APP_ORIGIN, APP_SCHEME } from './trusted-url'

export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }])
}

export function serveRenderer(rendererDir: string, dataDir: string): void {
  const root = path.resolve(rendererDir)
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url)
    if (url.host !== APP_HOST) return new Response('Not found', { status: 404 })
    if (isMediaPath(url.pathname)) {
      const media = await readMedia(dataDir, url.pathname)
      return media.status === 200
        ? new Response(new Uint8Array(media.body), { headers: media.headers })
        : new Response('Not found', { status: 404 })
    }
    let relative: string
    try {
      relative = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)
    } catch {
      return new Response('Bad request', { status: 400 })
    }
    const file = path.resolve(root, '.' + relative)
    if (file !== root && !file.startsWith(root + path.sep)) return new Response('Not found', { status: 404 })
    return net.fetch(pathToFileURL(file).toString())
  })
}
