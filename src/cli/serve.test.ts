// `diptych serve` as a reader starts it: the first line is the address to open, the server answers
// that address only with the secret, and Ctrl+C stops it.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { BIN, cliEnv, ensureBuilt, runCli } from './cli-harness'
import { findBrowser } from './open-browser'

beforeAll(ensureBuilt)
const rendererBuilt = existsSync(path.resolve(import.meta.dirname, '..', '..', 'out', 'renderer', 'index.html'))

describe('diptych serve', () => {
  it.runIf(rendererBuilt)('prints the address with its secret first, lets that address in, and stops on SIGINT', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'diptych-serve-cli-'))
    const child = spawn(process.execPath, [BIN, 'serve', '--no-open', '--port', '0', '--data-dir', dataDir], { env: cliEnv() })
    const first = await new Promise<string>((resolve, reject) => {
      let out = ''
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString()
        if (out.includes('\n')) resolve(out.split('\n')[0])
      })
      child.once('exit', (code) => reject(new Error(`exited ${code}`)))
    })
    expect(first).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/)
    const url = new URL(first)
    expect((await fetch(`${url.origin}/`)).status).toBe(401)
    const opened = await fetch(first, { redirect: 'manual' })
    expect(opened.status).toBe(303)
    const cookie = opened.headers.get('set-cookie')!.split(';')[0]
    const page = await fetch(`${url.origin}/`, { headers: { cookie } })
    expect(await page.text()).toContain('<div id="app">')
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
    child.kill('SIGINT')
    expect(await exited).toBe(0)
  })

  it('refuses a port that is no port', async () => {
    const run = await runCli(['serve', '--no-open', '--port', 'eighty'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--port takes a port number from 0 to 65535 (got “eighty”)')
  })

  it('finds the browser the reader names, or the usual ones', () => {
    expect(findBrowser({ DIPTYCH_BROWSER: '/opt/my-chrome' }, (p) => p === '/opt/my-chrome')).toBe('/opt/my-chrome')
    expect(findBrowser({ DIPTYCH_BROWSER: '/opt/missing' }, (p) => p !== '/opt/missing')).toBeUndefined()
    expect(findBrowser({}, () => false)).toBeUndefined()
  })
})
