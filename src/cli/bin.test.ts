// The installed bin (bin/diptych.cjs) right after `npm install`: no out/cli yet, so it builds the bundle
// first. Run in a copy of the package (bin and the build script copied, the rest linked) so that the
// real out/ is untouched.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../node/test-support/temp-dir'
import { cliEnv, REPO_ROOT, SEEDS } from './cli-harness'
import { tracedRun } from './load-trace'

const tempDir = useTempDirs()

function packageCopy(): string {
  const pkg = tempDir()
  for (const name of ['src', 'node_modules', 'resources', 'package.json']) symlinkSync(path.join(REPO_ROOT, name), path.join(pkg, name))
  mkdirSync(path.join(pkg, 'scripts'))
  cpSync(path.join(REPO_ROOT, 'bin'), path.join(pkg, 'bin'), { recursive: true })
  cpSync(path.join(REPO_ROOT, 'scripts', 'build-cli.mjs'), path.join(pkg, 'scripts', 'build-cli.mjs'))
  return pkg
}

describe('bin/diptych.cjs', () => {
  it('builds the missing bundle, then runs the command', { timeout: 60_000 }, () => {
    const pkg = packageCopy()
    const data = tempDir()
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [path.join(pkg, 'bin', 'diptych.cjs'), ...args], { env: cliEnv(), encoding: 'utf8' })
    const first = run('import', SEEDS[0], '--data-dir', data)
    expect(first.status, first.stderr).toBe(0)
    expect(first.stdout).toMatch(/: imported as /)
    expect(existsSync(path.join(pkg, 'out', 'cli', 'diptych.mjs'))).toBe(true)
    // The resources were found from the bundle in the copy: the new folder got the bundled articles.
    const listed = run('list', '--json', '--data-dir', data)
    expect(JSON.parse(listed.stdout)).toHaveLength(3)
  })

  it('aligns before the bundle is built, from another folder, and after as before', { timeout: 60_000 }, () => {
    const pkg = packageCopy()
    const cwd = tempDir()
    const run = () =>
      spawnSync(process.execPath, [path.join(pkg, 'bin', 'diptych.cjs'), 'align', ...SEEDS, '--json'], {
        cwd,
        env: cliEnv(),
        encoding: 'utf8'
      })
    const first = run()
    expect(first.status, first.stderr).toBe(0)
    expect(existsSync(path.join(pkg, 'out', 'cli', 'align-start.cjs'))).toBe(true)
    const second = run()
    expect(second).toMatchObject({ status: 0, stdout: first.stdout, stderr: '' })
  })

  it(
    'makes again the code cache of the align kernel that V8 refuses (another Node version), and uses it next time',
    { timeout: 60_000 },
    () => {
      const pkg = packageCopy()
      const built = spawnSync(process.execPath, [path.join(pkg, 'scripts', 'build-cli.mjs')], { encoding: 'utf8' })
      expect(built.status, built.stderr).toBe(0)
      const chunks = path.join(pkg, 'out', 'cli', 'chunks')
      const [kernel] = readdirSync(chunks).filter((name) => /^align-kernel-\w+\.cjs$/.test(name))
      writeFileSync(path.join(chunks, `${kernel}.cache`), 'made by another version of Node')

      const dir = tempDir()
      const align = () => tracedRun(['align', ...SEEDS, '--json'], dir, path.join(pkg, 'bin', 'diptych.cjs'))
      const refused = align()
      expect(refused.run.status, refused.run.stderr).toBe(0)
      expect(refused.scripts).toEqual([{ file: path.join(chunks, kernel), rejected: true }])
      expect(readFileSync(path.join(chunks, `${kernel}.cache`), 'utf8')).not.toBe('made by another version of Node')
      const next = align()
      expect(next.scripts).toEqual([{ file: path.join(chunks, kernel), rejected: false }])
      expect(next.run.stdout).toBe(refused.run.stdout)
    }
  )
})
