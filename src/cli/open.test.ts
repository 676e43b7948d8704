import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { ensureBuilt, runCli } from './cli-harness'

const LINK = 'diptych://article/trend-2024-05-16/highlight/h1?quote=I%20welcome%20your%20visit'

describe('diptych open', () => {
  beforeAll(() => ensureBuilt(), 60_000)

  it('refuses a link that is not one Diptych writes, saying why', async () => {
    const run = await runCli(['open', 'diptych://library/everything'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('Diptych cannot open this link: Diptych has no “library” to open.')
  })

  it('says plainly when no app is installed, and how to open the link in the browser mode', async () => {
    const run = await runCli(['open', LINK], { env: { ELECTRON_PATH: '/nonexistent/electron', DIPTYCH_APP: '' } })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('The Diptych app is not installed on this computer (no Electron binary was found)')
    expect(run.stderr).toContain(`add #/open?uri=${encodeURIComponent(LINK)} to the address it printed`)
  })

  it('starts the app with the link, which its single-instance lock hands to a window already open', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'diptych-open-'))
    const app = path.join(dir, 'diptych-app')
    const seen = path.join(dir, 'argv.txt')
    writeFileSync(app, `#!/bin/sh\nprintf '%s\\n' "$@" > '${seen}'\n`)
    chmodSync(app, 0o755)
    const run = await runCli(['open', `${LINK}&prefix=that%20`, '--data-dir', dir], { env: { DIPTYCH_APP: app } })
    expect(run.code, run.stderr).toBe(0)
    await vi.waitFor(() => expect(existsSync(seen) && readFileSync(seen, 'utf8')).toBeTruthy())
    expect(readFileSync(seen, 'utf8').trim().split('\n')).toEqual([`--data-dir=${dir}`, `${LINK}&prefix=that%20`])
  })
})
