// `diptych export --out`: never into the library folder, never over a device or a link by renaming,
// never over an existing file without --force.
import { spawn, spawnSync } from 'node:child_process'
import { lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync, type Dirent } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { useTempDirs } from '../node/test-support/temp-dir'
import { cliOk, ensureBuilt, runCli, STACK_LINE } from './cli-harness'

const tempDir = useTempDirs()
beforeAll(ensureBuilt)

const TREND = 'trend-2024-05-16'
const TREND_FILE = 'I have invited Belarusian companies to actively participate in the.md'

/** A new library (the two bundled articles) and what its files hold now. */
async function library(): Promise<{ dir: string; files: () => Record<string, string> }> {
  const dir = path.join(tempDir(), 'lib')
  await cliOk(['list', '--data-dir', dir])
  // Every file of the folder: the change logs, any snapshot, the bodies.
  const files = () =>
    Object.fromEntries(
      (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[])
        .filter((e) => e.isFile())
        .map((e) => path.join(e.parentPath, e.name))
        .sort()
        .map((f) => [path.relative(dir, f), readFileSync(f, 'utf8')])
    )
  return { dir, files }
}

const exportTo = (dir: string, out: string, ...more: string[]) =>
  runCli(['export', ...(more.includes('--all') ? [] : ['--article', TREND]), '--format', 'md', '--out', out, ...more, '--data-dir', dir], {
    killAfterMs: 30_000
  })

function refused(run: { code: number | null; stdout: string; stderr: string }, message: RegExp): void {
  expect(run.code, run.stderr).toBe(1)
  expect(run.stderr).toMatch(message)
  expect(run.stderr.trim().split('\n')).toHaveLength(1)
  expect(run.stderr).not.toMatch(STACK_LINE)
  expect(run.stdout).toBe('')
}

describe('diptych export --out', { timeout: 90_000 }, () => {
  it('refuses any target inside the library folder, through links too, and leaves the library as it was', async () => {
    const { dir, files } = await library()
    const before = files()
    const outside = tempDir()
    symlinkSync(dir, path.join(outside, 'link-to-lib'))
    symlinkSync(path.join(dir, 'articles', `${TREND}.json`), path.join(outside, 'notes.md'))
    const inside = /is inside the library folder .*lib; export somewhere else\./
    for (const out of [
      path.join(dir, 'changes'),
      path.join(dir, 'articles', `${TREND}.json`),
      path.join(dir, 'articles'),
      path.join(dir, 'new.md'),
      path.join(outside, 'link-to-lib', 'articles', `${TREND}.json`),
      path.join(outside, 'notes.md')
    ]) {
      refused(await exportTo(dir, out), inside)
    }
    refused(await exportTo(dir, path.join(dir, 'articles', `${TREND}.json`), '--force'), inside)
    for (const out of [dir, path.join(dir, 'articles'), path.join(dir, 'new-folder'), path.join(outside, 'link-to-lib')]) {
      refused(await exportTo(dir, out, '--all'), inside)
    }
    expect(files()).toEqual(before)
    expect(readdirSync(dir)).not.toContain('new.md')
    expect(readdirSync(dir)).not.toContain('new-folder')
  })

  it('exports --all into a folder that holds the library folder, without touching it', async () => {
    const { dir, files } = await library()
    const before = files()
    const parent = path.dirname(dir)
    const run = await exportTo(dir, parent, '--all')
    expect(run.code, run.stderr).toBe(0)
    expect(readdirSync(parent)).toContain(TREND_FILE)
    expect(files()).toEqual(before)
  })

  it('asks for --force before replacing an existing file, and keeps a link a link', async () => {
    const { dir } = await library()
    const out = tempDir()
    const file = path.join(out, 'mine.md')
    writeFileSync(file, 'my own notes')
    refused(await exportTo(dir, file), /mine\.md already exists; give --force to replace it\./)
    expect(readFileSync(file, 'utf8')).toBe('my own notes')
    const forced = await exportTo(dir, file, '--force')
    expect(forced.code, forced.stderr).toBe(0)
    expect(readFileSync(file, 'utf8')).toMatch(/^---\ndiptych: "diptych:\/\/article\/trend-2024-05-16"\ntitle: "I have invited/)
    // A link to a file: the file it points to gets the export; the link stays.
    const link = path.join(out, 'link.md')
    const target = path.join(out, 'target.md')
    writeFileSync(target, 'old')
    symlinkSync(target, link)
    expect((await exportTo(dir, link, '--force')).code).toBe(0)
    expect(lstatSync(link).isSymbolicLink()).toBe(true)
    expect(readFileSync(target, 'utf8')).toMatch(/^---\ndiptych: "diptych:\/\/article\/trend-2024-05-16"\ntitle: "I have invited/)
    symlinkSync(path.join(out, 'nowhere'), path.join(out, 'broken.md'))
    refused(
      await exportTo(dir, path.join(out, 'broken.md'), '--force'),
      /broken\.md is a link to something that does not exist; give another name\./
    )
    expect(lstatSync(path.join(out, 'broken.md')).isSymbolicLink()).toBe(true)
  })

  it('streams into a FIFO, which stays a FIFO, and to stdout with --out -', async () => {
    const { dir } = await library()
    const out = tempDir()
    const fifo = path.join(out, 'pipe')
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0)
    const reader = spawn('cat', [fifo])
    let received = ''
    reader.stdout.setEncoding('utf8').on('data', (chunk: string) => (received += chunk))
    const run = await exportTo(dir, fifo)
    reader.kill()
    expect(run.code, run.stderr).toBe(0)
    expect(statSync(fifo).isFIFO()).toBe(true)
    expect(received).toMatch(/^---\ndiptych: "diptych:\/\/article\/trend-2024-05-16"\ntitle: "I have invited/)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe(`Wrote 1 file to ${fifo}\n`)

    const stdout = await runCli(['export', '--article', TREND, '--format', 'md', '--out', '-', '--data-dir', dir], { cwd: out })
    expect(stdout.code, stdout.stderr).toBe(0)
    expect(stdout.stdout).toMatch(/^---\ndiptych: "diptych:\/\/article\/trend-2024-05-16"\ntitle: "I have invited[\s\S]*\n$/)
    expect(stdout.stderr).toBe('')
    expect(readdirSync(out)).toEqual(['pipe'])
  })

  it('writes into a character device, which stays a device', async (ctx) => {
    const { dir } = await library()
    // A null device of our own (major 1, minor 3 on Linux), so that a regression replaces it and not /dev/null.
    const device = path.join(tempDir(), 'null')
    if (spawnSync('mknod', [device, 'c', '1', '3']).status !== 0) return ctx.skip()
    const run = await exportTo(dir, device)
    expect(run.code, run.stderr).toBe(0)
    expect(statSync(device).isCharacterDevice()).toBe(true)
    expect(run.stderr).toBe(`Wrote 1 file to ${device}\n`)
  })

  it('refuses a socket or anything else that is not a regular file, a folder, a FIFO or a character device', async () => {
    const { dir } = await library()
    const socket = path.join(tempDir(), 'sock')
    const server = (await import('node:net')).createServer().listen(socket)
    await new Promise((resolve) => server.once('listening', resolve))
    try {
      refused(await exportTo(dir, socket), /sock is not a regular file, a folder, a pipe or a terminal; give another name\./)
      expect(lstatSync(socket).isSocket()).toBe(true)
    } finally {
      server.close()
    }
  })

  it('exports --all again into the same folder, rewriting nothing unchanged, and never files Diptych did not write', async () => {
    const { dir } = await library()
    const folder = path.join(tempDir(), 'vault')
    expect((await exportTo(dir, folder, '--all')).code).toBe(0)
    writeFileSync(path.join(folder, 'my note.md'), 'mine')
    const first = readdirSync(folder).sort()
    const index = readFileSync(path.join(folder, 'index.md'), 'utf8')

    const again = await exportTo(dir, folder, '--all')
    expect(again.code, again.stderr).toBe(0)
    expect(again.stdout).toBe(`Exported the library to ${folder}: 0 notes written (0 new, 0 updated), 3 unchanged, 0 skipped.\n`)
    expect(readFileSync(path.join(folder, 'index.md'), 'utf8')).toBe(index)
    expect(readdirSync(folder).sort()).toEqual(first)
    expect(readFileSync(path.join(folder, 'my note.md'), 'utf8')).toBe('mine')

    // The reader's own text in place of a note: it is theirs now, and the article gets a note of its own beside it.
    writeFileSync(path.join(folder, TREND_FILE), 'my own notes on the statement')
    const third = await exportTo(dir, folder, '--all')
    expect(third.code, third.stderr).toBe(0)
    expect(readFileSync(path.join(folder, TREND_FILE), 'utf8')).toBe('my own notes on the statement')
    expect(readdirSync(folder)).toContain(TREND_FILE.replace(/\.md$/, ' (2).md'))
  })
})
