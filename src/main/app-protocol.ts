// Serves the built renderer from app://diptych/ instead of file://, which would give the page file
// access privileges. Only files inside the renderer folder are served, and under /media/ the library's
// pictures, as the Node layer's media route decides. The page comes in the saved theme (first-paint.ts).
import { net, protocol } from 'electron'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { isMediaPath, readMedia } from '../node'
import { pageInTheme } from '../shared/first-paint'
import type { Theme } from '../shared/model'
import { APP_HOST, APP_SCHEME } from './trusted-url'

export { APP_ORIGIN, APP_SCHEME } from './trusted-url'

export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }])
}

export function serveRenderer(rendererDir: string, dataDir: string, theme: () => Theme): void {
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
    if (file === path.join(root, 'index.html')) {
      const html = await fs.readFile(file, 'utf8')
      return new Response(pageInTheme(html, theme()), { headers: { 'Content-Type': 'text/html; charset=utf-8' } })
    }
    return net.fetch(pathToFileURL(file).toString())
  })
}
