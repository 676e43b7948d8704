// Writes that really fail: a library folder that turns read-only under the running app, and a disk that
// fills up. Each time the request gets a typed `io` error that says what happened, nothing in memory is
// discarded, the file on disk stays whole, no lock is left behind, and the next write saves everything.
//
// The app runs in a child process (test-support/app-child.ts) because the failures must be real ones:
// - read-only: root ignores file permissions, so as root the child runs as `nobody` (uid 65534) and the
//   folder is chmod'ed to 0555; as any other user it runs as that user.
// - disk full: the library folder is a 1 MB tmpfs mounted in a user + mount namespace of the child
//   (`unshare --user --map-root-user --mount`, no privilege needed where user namespaces are allowed); the
//   test fills it through /proc/<pid>/root. Skipped, with the reason, where user namespaces are not allowed.
import { spawnSync } from 'node:child_process'
import { chmodSync, chownSync, existsSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiError, LibrarySnapshot, Result } from '../../shared/api'
import type { Library } from '../../shared/model'
import { toApiError } from '../errors'
import { bundleChild, RequestChild, type BundledChild } from '../test-support/child-process'
import { useTempDirs } from '../test-support/temp-dir'
import { libraryOnDisk } from './library-on-disk'
import { Store } from './store'

const tempDir = useTempDirs()
const resourcesDir = path.resolve(import.meta.dirname, '../../../resources')
const ARTICLE = 'trend-2024-05-16'
let child: BundledChild

beforeAll(async () => {
  child = await bundleChild(path.join(import.meta.dirname, '../test-support/app-child.ts'))
})
afterAll(() => child?.dispose())

const isRoot = process.getuid?.() === 0
const NOBODY = 65534

const canUnshare = (() => {
  const r = spawnSync('unshare', ['--user', '--map-root-user', '--mount', 'sh', '-c', 'mount -t tmpfs -o size=64k tmpfs "$0"', '/tmp'], {
    encoding: 'utf8'
  })
  return r.status === 0 ? null : (r.error?.message ?? r.stderr.trim()) || `exit ${r.status}`
})()

const highlight = (id: string) => ({
  id,
  articleId: ARTICLE,
  color: 'yellow',
  quote: { exact: 'BAKU', prefix: '', suffix: '' },
  position: { start: 0, end: 4 },
  note: `note of ${id}`
})

const readLibrary = (folder: string): Promise<Library> => libraryOnDisk(folder)

/** The library's folders and logs: what a read-only folder makes read-only. */
function libraryTree(folder: string): { dirs: string[]; logs: string[] } {
  const changes = path.join(folder, 'changes')
  const devices = existsSync(changes) ? readdirSync(changes).map((d) => path.join(changes, d)) : []
  return {
    dirs: [folder, changes, ...devices],
    logs: devices.flatMap((d) =>
      readdirSync(d)
        .filter((n) => n.endsWith('.jsonl'))
        .map((n) => path.join(d, n))
    )
  }
}

async function call(app: RequestChild, channel: string, req: unknown = null): Promise<Result<unknown, ApiError>> {
  return app.request<Result<unknown, ApiError>>({ channel, req })
}

async function snapshot(app: RequestChild): Promise<LibrarySnapshot> {
  const r = await call(app, 'getLibrary')
  if (!r.ok) throw new Error(r.error.message)
  return r.value as LibrarySnapshot
}

/**
 * The scenario both failures share. `folder` is where the test sees the library folder (for the tmpfs,
 * through the child's mount namespace); `breakIt` and `repair` make writes fail and work again.
 */
async function writesFailAndRecover(options: {
  app: RequestChild
  folder: () => string
  breakIt: () => void
  repair: () => void
  says: RegExp
}): Promise<void> {
  const { app, folder, says } = options
  expect(await call(app, 'createHighlight', highlight('h-before'))).toMatchObject({ ok: true })

  options.breakIt()
  const failed = await call(app, 'createHighlight', highlight('h-during'))
  expect(failed.ok).toBe(false)
  if (failed.ok) return
  expect(failed.error.kind).toBe('io')
  expect(failed.error.message).toMatch(says)
  expect(failed.error.message).toMatch(/changes are kept/)

  // Nothing in memory is discarded: the reader still sees the change, and is told it is not saved yet.
  const during = await snapshot(app)
  expect(during.highlights.map((h) => h.id)).toEqual(['h-before', 'h-during'])
  expect(during.notices.filter((n) => n.kind === 'write-failed').map((n) => n.message)).toEqual([expect.stringMatching(says)])
  // The file on disk is the last good one, whole; no lock is left to block the next write.
  expect((await readLibrary(folder())).highlights.map((h) => h.id)).toEqual(['h-before'])
  expect(existsSync(path.join(folder(), 'library.lock'))).toBe(false)
  // A second change while still broken fails the same way and is kept too.
  expect(await call(app, 'setPosition', { articleId: ARTICLE, offset: 120 })).toMatchObject({ ok: false, error: { kind: 'io' } })

  options.repair()
  // The next write retries and saves everything that waited.
  expect(await call(app, 'updateHighlight', { id: 'h-before', patch: { color: 'green' } })).toMatchObject({ ok: true })
  const saved = await readLibrary(folder())
  expect(saved.highlights.map((h) => [h.id, h.color])).toEqual([
    ['h-before', 'green'],
    ['h-during', 'yellow']
  ])
  expect(saved.settings.positions[ARTICLE]).toBe(120)
  expect((await snapshot(app)).notices.filter((n) => n.kind === 'write-failed')).toEqual([])
}

describe('writes that fail', () => {
  it(`a read-only library folder${isRoot ? ' (the app runs as nobody: root ignores permissions)' : ''}`, async () => {
    const dir = tempDir()
    // The app's own config folder (which device it is), writable by the user it runs as.
    const config = tempDir()
    if (isRoot) for (const d of [dir, config]) chownSync(d, NOBODY, NOBODY)
    const env = { ...process.env, DIPTYCH_CONFIG_DIR: config }
    const app = new RequestChild(process.execPath, [child.file, dir, resourcesDir], isRoot ? { uid: NOBODY, gid: NOBODY, env } : { env })
    try {
      await app.waitFor((l) => l === '{"ready":true}', 'the app to open')
      await writesFailAndRecover({
        app,
        folder: () => dir,
        breakIt: () => {
          const { dirs, logs } = libraryTree(dir)
          for (const d of dirs) chmodSync(d, 0o555)
          for (const f of logs) chmodSync(f, 0o444)
        },
        repair: () => {
          const { dirs, logs } = libraryTree(dir)
          for (const d of dirs) chmodSync(d, 0o755)
          for (const f of logs) chmodSync(f, 0o644)
        },
        says: /Could not save the library: the library folder is read-only\./
      })
    } finally {
      await app.kill()
    }
  })

  it.skipIf(canUnshare !== null)(
    `a full disk (a 1 MB tmpfs in a user namespace${canUnshare ? `; not available here: ${canUnshare}` : ''})`,
    async () => {
      const dir = tempDir()
      const app = new RequestChild('unshare', [
        '--user',
        '--map-root-user',
        '--mount',
        'sh',
        '-c',
        'mount -t tmpfs -o size=1m,mode=0755 diptych-full "$0" && exec "$1" "$2" "$0" "$3"',
        dir,
        process.execPath,
        child.file,
        resourcesDir
      ])
      try {
        await app.waitFor((l) => l === '{"ready":true}', 'the app to open')
        // The tmpfs exists only in the child's mount namespace; /proc/<pid>/root is a way into it.
        const inside = `/proc/${app.proc.pid}/root${dir}`
        const ballast = path.join(inside, 'ballast')
        await writesFailAndRecover({
          app,
          folder: () => inside,
          breakIt: () => {
            const chunk = Buffer.alloc(64 * 1024)
            for (let i = 0; ; i++) {
              try {
                writeFileSync(ballast, chunk, { flag: 'a' })
              } catch (error) {
                expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC')
                break
              }
              if (i > 100) throw new Error('the tmpfs does not fill up')
            }
            // The logs' last pages too: blank lines, which readers skip, until not one more byte fits.
            for (const log of libraryTree(inside).logs) {
              for (let i = 0; i < 1 << 16; i++) {
                try {
                  writeFileSync(log, '\n', { flag: 'a' })
                } catch {
                  break
                }
              }
            }
          },
          repair: () => rmSync(ballast),
          says: /Could not save the library: the disk is full\./
        })
      } finally {
        await app.kill()
      }
    }
  )

  it('an article body that cannot be written is an io error that says so', async () => {
    const dir = tempDir()
    const store = await Store.open(dir)
    // The articles folder replaced by a file: the body cannot be created.
    renameSync(store.articlesDir, path.join(dir, 'articles-away'))
    writeFileSync(store.articlesDir, '')
    const error = await store.writeBody({ id: 'b1', blocks: [{ kind: 'paragraph', text: 'Dear friends.' }] }).catch((e: unknown) => e)
    expect(toApiError(error)).toMatchObject({ kind: 'io', message: expect.stringMatching(/^Could not save the article: /) })
  })
})
