// The browser-mode server against the attacks the issue names, with raw HTTP requests: what a page of
// another site, a DNS-rebinding page or a process on the machine without the secret can get.
import { mkdirSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { appearanceOf } from '../../shared/model'
import { createHandlers } from '../handlers'
import { useTempDirs } from '../test-support/temp-dir'
import { openTestApp } from '../test-support/test-app'
import { startServer, type RunningServer } from './server'

const tempDir = useTempDirs()
const SECRET = 's'.repeat(43)
const CSP = "default-src 'self'; script-src 'self'"
const PICTURE = 'c'.repeat(64) + '.png'
let running: { server: RunningServer; close: () => Promise<void> } | undefined

afterEach(async () => {
  await running?.close()
  running = undefined
})

async function serve(): Promise<RunningServer> {
  const dir = tempDir()
  const rendererDir = path.join(dir, 'renderer')
  mkdirSync(rendererDir)
  writeFileSync(
    path.join(rendererDir, 'index.html'),
    `<html lang="en"><meta http-equiv="Content-Security-Policy" content="${CSP}"><p>Diptych</p></html>`
  )
  writeFileSync(path.join(dir, 'secret.txt'), 'not for the page')
  const app = await openTestApp(path.join(dir, 'library'))
  mkdirSync(path.join(dir, 'library', 'assets'))
  writeFileSync(path.join(dir, 'library', 'assets', PICTURE), 'picture bytes')
  const theme = () => appearanceOf(app.store.data.settings).theme
  const server = await startServer({
    handlers: createHandlers(app),
    rendererDir,
    secret: SECRET,
    dataDir: path.join(dir, 'library'),
    theme
  })
  running = { server, close: async () => (await server.close(), await app.store.close()) }
  return server
}

interface Reply {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
}

function request(server: RunningServer, options: http.RequestOptions & { body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.port, ...options }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (c: string) => (body += c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
    })
    req.on('error', reject)
    req.end(options.body)
  })
}

const own = (server: RunningServer) => ({ host: `127.0.0.1:${server.port}`, cookie: `diptych_session=${SECRET}` })
const apiCall = (server: RunningServer, channel: string, body: string, headers: Record<string, string> = {}) =>
  request(server, {
    method: 'POST',
    path: `/api/${channel}`,
    headers: { ...own(server), origin: `http://127.0.0.1:${server.port}`, 'content-type': 'application/json', ...headers },
    body
  })

describe('the browser-mode server', () => {
  it('sends the library-changed event to a signed-in page that listens, and to no one else', async () => {
    const server = await serve()
    expect((await request(server, { path: '/events', headers: { host: own(server).host } })).status).toBe(401)
    const received = new Promise<string>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: server.port, path: '/events', headers: own(server) }, (res) => {
        expect(res.headers['content-type']).toBe('text/event-stream')
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (c: string) => {
          body += c
          if (body.startsWith(': listening')) server.notify('libraryChanged')
          if (body.includes('\n\nevent:')) resolve(body.split('\n\n')[1])
        })
      })
      req.on('error', reject)
      req.end()
    })
    expect(await received).toBe('event: diptych-event:libraryChanged\ndata: ')
  })

  it('trades the opening secret for an HttpOnly, SameSite=Strict cookie, and serves the app with it', async () => {
    const server = await serve()
    const opening = await request(server, { path: `/?token=${SECRET}`, headers: { host: own(server).host } })
    expect(opening.status).toBe(303)
    expect(opening.headers.location).toBe('/')
    expect(opening.headers['set-cookie']?.[0]).toMatch(/^diptych_session=s+; HttpOnly; SameSite=Strict; Path=\/$/)
    const page = await request(server, { path: '/', headers: own(server) })
    expect(page.status).toBe(200)
    expect(page.body).toContain('Diptych')
    expect(page.headers['content-security-policy']).toBe(`${CSP}; frame-ancestors 'none'`)
    expect(Object.keys(page.headers).filter((h) => h.startsWith('access-control-'))).toEqual([])
  })

  it('answers 401 and no data without the cookie, or with a wrong token or cookie', async () => {
    const server = await serve()
    const host = own(server).host
    for (const headers of [{ host }, { host, cookie: 'diptych_session=wrong' }, { host, cookie: `diptych_session=${SECRET}x` }]) {
      const page = await request(server, { path: '/', headers })
      expect(page.status).toBe(401)
      expect(page.body).not.toContain('Diptych</p>')
    }
    expect((await request(server, { path: '/?token=wrong', headers: { host } })).status).toBe(401)
    const library = await apiCall(server, 'getLibrary', 'null', { cookie: '' })
    expect(library.status).toBe(401)
    expect(library.body).not.toContain('articles')
  })

  it('serves the page in the saved theme, so that its first frame is in it', async () => {
    const server = await serve()
    expect((await request(server, { path: '/', headers: own(server) })).body).toContain('<html lang="en" data-theme="system">')
    const appearance = { theme: 'dark', font: 'literata', size: 18, lineHeight: 1.65, lineLength: 68 }
    expect((await apiCall(server, 'updateSettings', JSON.stringify({ appearance }))).status).toBe(200)
    expect((await request(server, { path: '/index.html', headers: own(server) })).body).toContain('<html lang="en" data-theme="dark">')
  })

  it('refuses a Host that is not its own (DNS rebinding), even with the secret', async () => {
    const server = await serve()
    for (const host of [
      `attacker.example:${server.port}`,
      `127.0.0.1:${server.port + 1}`,
      '127.0.0.1',
      `localhost.attacker.example:${server.port}`
    ]) {
      const reply = await request(server, { path: '/', headers: { ...own(server), host } })
      expect(reply.status, host).toBe(421)
    }
  })

  it('refuses a state change from another origin, or with none', async () => {
    const server = await serve()
    for (const origin of ['http://attacker.example', `http://127.0.0.1:${server.port + 1}`, 'null', '']) {
      const reply = await apiCall(server, 'updateSettings', '{"syncScroll":true}', { origin })
      expect(reply.status, origin).toBe(403)
    }
    const library = JSON.parse((await apiCall(server, 'getLibrary', 'null')).body) as {
      result: { value: { settings: { syncScroll: boolean } } }
    }
    expect(library.result.value.settings.syncScroll).toBe(false)
  })

  it('refuses WebSocket upgrades, from another origin and from its own', async () => {
    const server = await serve()
    const upgrade = (origin: string) =>
      new Promise<string>((resolve) => {
        const socket = net.connect(server.port, '127.0.0.1', () => {
          socket.write(
            `GET / HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nOrigin: ${origin}\r\nCookie: diptych_session=${SECRET}\r\n` +
              'Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n'
          )
        })
        let text = ''
        socket.on('data', (d) => (text += d.toString()))
        socket.on('close', () => resolve(text.split('\r\n')[0]))
      })
    expect(await upgrade('http://attacker.example')).toBe('HTTP/1.1 403 Forbidden')
    expect(await upgrade(`http://127.0.0.1:${server.port}`)).toBe('HTTP/1.1 400 Bad Request')
  })

  it('stopping, finishes and answers a request it has begun receiving before it closes its connections', async () => {
    const server = await serve()
    const body = JSON.stringify({ split: 0.3 })
    const socket = net.connect(server.port, '127.0.0.1')
    await new Promise((resolve) => socket.once('connect', resolve))
    let text = ''
    socket.on('data', (d) => (text += d.toString()))
    const ended = new Promise((resolve) => socket.once('close', resolve))
    // Half of the request's head has arrived (a page's save on its way) when the reader stops the server.
    socket.write(`POST /api/updateSettings HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n`)
    await new Promise((resolve) => setTimeout(resolve, 50))
    const closed = server.close()
    await new Promise((resolve) => setTimeout(resolve, 50))
    socket.write(
      `Origin: http://127.0.0.1:${server.port}\r\nCookie: diptych_session=${SECRET}\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${body.length}\r\n\r\n${body}`
    )
    await closed
    await ended
    expect(text.split('\r\n')[0]).toBe('HTTP/1.1 200 OK')
    expect(text).toContain('{"result":{"ok":true,"value":{')
    expect(text).toContain('"split":0.3')
  })

  it('applies a note to a new highlight whose creation began to arrive first, even when the note arrives whole before it', async () => {
    // The page going sends its last note at once, on a connection of its own, while the highlight's
    // creation, sent earlier, may still be arriving: the note must land on the highlight, not be refused.
    const server = await serve()
    const id = 'a'.repeat(32)
    const create = JSON.stringify({
      id,
      articleId: 'trend-2024-05-16',
      color: 'yellow',
      quote: { exact: 'Dear', prefix: '', suffix: '' },
      position: { start: 0, end: 4 }
    })
    const socket = net.connect(server.port, '127.0.0.1')
    await new Promise((resolve) => socket.once('connect', resolve))
    let text = ''
    socket.on('data', (d) => (text += d.toString()))
    const answered = new Promise((resolve) => socket.once('close', resolve))
    socket.write(
      `POST /api/createHighlight HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nOrigin: http://127.0.0.1:${server.port}\r\n` +
        `Cookie: diptych_session=${SECRET}\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: ${create.length}\r\n\r\n` +
        create.slice(0, 20)
    )
    while (server.apiRequests < 1) await new Promise((resolve) => setTimeout(resolve, 5))
    const note = apiCall(server, 'updateHighlight', JSON.stringify({ id, patch: { note: 'Compare with the transcript' } }))
    while (server.apiRequests < 2) await new Promise((resolve) => setTimeout(resolve, 5))
    socket.write(create.slice(20))
    await answered
    expect(text).toContain('{"result":{"ok":true')
    expect(JSON.parse((await note).body)).toMatchObject({ result: { ok: true, value: { id, note: 'Compare with the transcript' } } })
    const library = JSON.parse((await apiCall(server, 'getHighlights', JSON.stringify({ articleIds: [], ids: [id] }))).body)
    expect(library.result.value.map((h: { note: string }) => h.note)).toEqual(['Compare with the transcript'])
  })

  it('answers a malformed request with the same invalid-request as over IPC', async () => {
    const server = await serve()
    const broken = await apiCall(server, 'getLibrary', '{not json')
    expect(JSON.parse(broken.body)).toMatchObject({ result: { ok: false, error: { kind: 'invalid-request' } } })
    const wrongShape = JSON.parse((await apiCall(server, 'updateSettings', '{"split":"wide"}')).body) as unknown
    expect(wrongShape).toMatchObject({ result: { ok: false, error: { kind: 'invalid-request' } } })
    const unknown = JSON.parse((await apiCall(server, 'dropLibrary', 'null')).body) as unknown
    expect(unknown).toMatchObject({ result: { ok: false, error: { kind: 'invalid-request' } } })
    expect((await apiCall(server, 'getLibrary', 'null', { 'content-type': 'text/plain' })).status).toBe(415)
  })

  it('serves the library’s pictures under media/, to the page that holds the secret only', async () => {
    const server = await serve()
    const picture = await request(server, { path: `/media/${PICTURE}`, headers: own(server) })
    expect(picture.status).toBe(200)
    expect(picture.headers['content-type']).toBe('image/png')
    expect(picture.body).toBe('picture bytes')
    expect((await request(server, { path: `/media/${PICTURE}`, headers: { host: own(server).host } })).status).toBe(401)
    expect((await request(server, { path: `/media/${'d'.repeat(64)}.png`, headers: own(server) })).status).toBe(404)
  })

  it('serves only the renderer folder', async () => {
    const server = await serve()
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/library/library.json', '/media/../secret.txt']) {
      const reply = await request(server, { path: p, headers: own(server) })
      expect(reply.body, p).not.toContain('not for the page')
      expect(reply.status, p).toBeGreaterThanOrEqual(400)
    }
  })

  it('listens on loopback only: not on any other address of this machine', async () => {
    const server = await serve()
    expect(server.addresses.every((a) => a === '127.0.0.1' || a === '::1')).toBe(true)
    const others = Object.values(os.networkInterfaces())
      .flat()
      .filter((i) => i && !i.internal)
      .map((i) => i!.address)
    for (const address of others) {
      const refused = await new Promise<boolean>((resolve) => {
        const socket = net.connect({ host: address, port: server.port, timeout: 2_000 })
        socket.once('connect', () => (socket.destroy(), resolve(false)))
        socket.once('error', () => resolve(true))
        socket.once('timeout', () => (socket.destroy(), resolve(true)))
      })
      expect(refused, address).toBe(true)
    }
  })
})
