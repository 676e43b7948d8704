// bin/diptych.mjs right after `npm install`: no out/cli yet, so it builds the bundle first. Run in a copy
// of the package (bin and the build script copied, the rest linked) so that the real out/ is untouched.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../node/test-support/temp-dir'
import { cliEnv, REPO_ROOT, SEEDS } from './cli-harness'

const tempDir = useTempDirs()

describe('bin/diptych.mjs', () => {
  it('builds the missing bundle, then runs the command', { timeout: 60_000 }, () => {
    const pkg = tempDir()
    for (const name of ['src', 'node_modules', 'resources', 'package.json']) symlinkSync(path.join(REPO_ROOT, name), path.join(pkg, name))
    mkdirSync(path.join(pkg, 'scripts'))
    cpSync(path.join(REPO_ROOT, 'bin'), path.join(pkg, 'bin'), { recursive: true })
    cpSync(path.join(REPO_ROOT, 'scripts', 'build-cli.mjs'), path.join(pkg, 'scripts', 'build-cli.mjs'))
    const data = tempDir()

    const run = (...args: string[]) =>
      spawnSync(process.execPath, [path.join(pkg, 'bin', 'diptych.mjs'), ...args], { env: cliEnv(), encoding: 'utf8' })
    const first = run('import', SEEDS[0], '--data-dir', data)
    expect(first.status, first.stderr).toBe(0)
    expect(first.stdout).toMatch(/: imported as /)
    expect(existsSync(path.join(pkg, 'out', 'cli', 'diptych.mjs'))).toBe(true)
    // The resources were found from the bundle in the copy: the new folder got the bundled articles.
    const listed = run('list', '--json', '--data-dir', data)
    expect(JSON.parse(listed.stdout)).toHaveLength(3)
  })
})
