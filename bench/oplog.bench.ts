// Issue 16, the change-log store: for 10,000 and 100,000 highlights, what one change writes and how
// long it takes (median, p95), how long opening takes (the first one migrates library.json), how long a
// compaction takes, how much memory it needs and the longest stretch it keeps the event loop busy; and
// beside them, measured in the same run on the same library, today's whole-file write (schema check of
// the library, serialise, write, sync, rename) and whole-file open. Issue 20's store work adds, in the
// same run, the paths it replaced where they can still run: creating and deleting through a change the
// recording proxy does not follow (the whole list walked and rebuilt, as every create and delete was),
// and opening the snapshot checked whole (a checked copy of the library beside the parsed one). Figures only.
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks'
import { writeFileAtomic } from '../src/node/store/atomic-file'
import { librarySchema } from '../src/node/schemas'
import { invalidLibrary, serializeLibrary } from '../src/node/store/library-file'
import { readSnapshot } from '../src/node/store/oplog/library-loader'
import { stateFrom, type SnapshotClocks } from '../src/node/store/oplog/snapshot-file'
import { readLibraryListing } from '../src/node/store/library-listing'
import { Store } from '../src/node/store/store'
import { generateLibrary, type LibrarySize } from './generate-library'
import type { DeletedHighlight } from '../src/shared/api'
import { linksOf, removeHighlight, removeHighlights, restoreHighlight, upsertById } from '../src/shared/library-ops'
import { mb, percentile, printRow } from './report'

const SIZES: LibrarySize[] = [
  { name: '10k', articles: 200, highlights: 10_000 },
  { name: '100k', articles: 2_000, highlights: 100_000 }
]
const CHANGES = 40
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(2)} ms`)
const spread = (times: number[]) => `median ${fmt(percentile(times, 50))}, p95 ${fmt(percentile(times, 95))}`

async function timed(work: () => Promise<unknown>): Promise<number> {
  const t = performance.now()
  await work()
  return performance.now() - t
}

/** Bytes of this library's change logs. */
async function logBytes(store: Store): Promise<number> {
  const { listLogs } = await import('../src/node/store/oplog/change-log')
  return [...(await listLogs(path.join(store.dir, 'changes'))).values()].reduce((a, b) => a + b, 0)
}

for (const size of SIZES) {
  console.log(`\n--- ${size.name} highlights (${size.articles} articles), load average ${os.loadavg()[0].toFixed(1)}`)
  const root = mkdtempSync(path.join(os.tmpdir(), `diptych-bench-oplog-${size.name}-`))
  const dir = path.join(root, 'lib')
  generateLibrary(dir, size)
  const legacyFile = path.join(dir, 'library.json')
  const legacyBytes = statSync(legacyFile).size
  const configDir = path.join(root, 'config')

  // Today's open: read, parse and check library.json whole (a checked copy made beside the parsed one).
  const { readFileSync } = await import('node:fs')
  const oldOpen = await timed(async () => librarySchema.parse(JSON.parse(readFileSync(legacyFile, 'utf8'))))
  const oldListing = await timed(() => readLibraryListing(dir))
  const migrate = await timed(async () => (await Store.open(dir, { configDir, backupOnOpen: false })).close())
  printRow('open: whole library.json (today)', fmt(oldOpen))
  printRow('open: first one here, migrating library.json', fmt(migrate))

  let store!: Store
  const open = await timed(async () => (store = await Store.open(dir, { configDir, backupOnOpen: false, compactAfterBytes: Infinity })))
  printRow('open: snapshot and logs', fmt(open))

  // A change: a note edited on one highlight (find it, set the note), as the annotation service does.
  const ids = store.data.highlights.map((h) => h.id)
  const before = await logBytes(store)
  const edits: number[] = []
  for (let i = 0; i < CHANGES; i++) {
    const id = ids[Math.floor((i / CHANGES) * ids.length)]
    edits.push(
      await timed(() =>
        store.update((lib) => {
          const h = lib.highlights.find((x) => x.id === id)!
          h.note = `Edited note ${i}, with a little **Markdown**.`
          h.updatedAt = new Date().toISOString()
        })
      )
    )
  }
  const perEdit = ((await logBytes(store)) - before) / CHANGES
  const created: number[] = []
  const template = store.data.highlights[0]
  for (let i = 0; i < CHANGES; i++) {
    created.push(await timed(() => store.update((lib) => void lib.highlights.push({ ...structuredClone(template), id: `bench-${i}` }))))
  }
  const removed: number[] = []
  for (let i = 0; i < CHANGES; i++) {
    removed.push(await timed(() => store.update((lib) => void (lib.highlights = lib.highlights.filter((h) => h.id !== `bench-${i}`)))))
  }
  // The same through changes the proxy does not follow: an index set, a copy of the filtered copy. Every
  // create and delete took this path before issue 20 (the whole list walked, then rebuilt).
  const createdWalked: number[] = []
  const spliced: number[] = []
  const removedWalked: number[] = []
  for (let i = 0; i < CHANGES; i++) {
    const h = { ...structuredClone(template), id: `walk-${i}` }
    createdWalked.push(await timed(() => store.update((lib) => void (lib.highlights[lib.highlights.length] = h))))
    removedWalked.push(
      await timed(() => store.update((lib) => void (lib.highlights = lib.highlights.filter((x) => x.id !== h.id).slice())))
    )
    await store.update((lib) => void lib.highlights.push(h))
    spliced.push(await timed(() => store.update((lib) => void lib.highlights.splice(lib.highlights.length - 1, 1))))
  }
  // The app's delete and its undo (shared/library-ops), beside the way they went before: the list
  // filtered to take one highlight out, and every highlight mapped (so copied by the proxy) to restore one.
  const appDeleted: number[] = []
  const appRestored: number[] = []
  const oldDeleted: number[] = []
  const oldRestored: number[] = []
  for (let i = 0; i < CHANGES; i++) {
    const id = ids[Math.floor(((i + 0.5) / CHANGES) * ids.length)]
    let deleted: DeletedHighlight | null = null
    appDeleted.push(await timed(async () => (deleted = await store.update((l) => removeHighlight(l, id)))))
    appRestored.push(await timed(() => store.update((l) => restoreHighlight(l, deleted!))))
    oldDeleted.push(
      await timed(async () => {
        deleted = await store.update((l) => {
          const highlight = l.highlights.find((h) => h.id === id)!
          const links = linksOf(l.links, id)
          removeHighlights(l, new Set([id]))
          return { highlight, links }
        })
      })
    )
    oldRestored.push(
      await timed(() =>
        store.update((l) => {
          upsertById(l.highlights, deleted!.highlight)
          const all = new Set(l.highlights.map((h) => h.id))
          for (const link of deleted!.links.filter((k) => all.has(k.from) && all.has(k.to))) upsertById(l.links, link)
        })
      )
    )
  }
  printRow('change log: edit a note, saved', spread(edits))
  printRow('change log: create a highlight, saved (push)', spread(created))
  printRow('  the same, the whole list walked (before)', spread(createdWalked))
  printRow('change log: delete a highlight, saved (filter)', spread(removed))
  printRow('  the same, the whole list walked (before)', spread(removedWalked))
  printRow('change log: delete a highlight, saved (splice)', spread(spliced))
  printRow("the app's delete of a highlight, saved (splice)", spread(appDeleted))
  printRow('  the same, filtered (before)', spread(oldDeleted))
  printRow("the app's undo of that delete, saved (searched)", spread(appRestored))
  printRow('  the same, every highlight mapped (before)', spread(oldRestored))
  printRow('change log: bytes written per note edit', `${Math.round(perEdit)} bytes`)

  // Today's whole-file write of the same library: check, serialise, write, sync, rename.
  const whole: number[] = []
  const oldFile = path.join(root, 'library-today.json')
  for (let i = 0; i < 5; i++) {
    whole.push(
      await timed(async () => {
        invalidLibrary(store.data)
        await writeFileAtomic(oldFile, serializeLibrary(store.data))
      })
    )
  }
  printRow('whole-file write (today), per change', spread(whole))
  printRow('whole-file write (today), bytes per change', `${statSync(oldFile).size.toLocaleString('en')} bytes`)

  // Compaction: time, memory, and the longest the event loop waited meanwhile (a click's worst case).
  const delay = monitorEventLoopDelay({ resolution: 1 })
  let gcPause = 0
  const gcs = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcPause = Math.max(gcPause, entry.duration)
  })
  gcs.observe({ entryTypes: ['gc'] })
  globalThis.gc?.()
  const heapBefore = process.memoryUsage().heapUsed
  let heapPeak = heapBefore
  const sampler = setInterval(() => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)), 5)
  delay.enable()
  const compaction = await timed(() => store.compact())
  delay.disable()
  clearInterval(sampler)
  printRow('compaction: time', fmt(compaction))
  printRow('compaction: extra memory (heap peak over before)', mb(heapPeak - heapBefore))
  gcs.disconnect()
  printRow('compaction: longest event-loop wait meanwhile', fmt(delay.max / 1e6))
  printRow('compaction: longest garbage-collection pause meanwhile', fmt(gcPause))
  printRow(
    'snapshot size',
    `${statSync(store.libraryFile).size.toLocaleString('en')} bytes (library.json was ${legacyBytes.toLocaleString('en')})`
  )
  await store.close()

  // Medians of three, each way in turn: the load of a shared machine moves single figures a lot.
  const reopen: number[] = []
  const snapshotNow: number[] = []
  const snapshotBefore: number[] = []
  const snapshotFile = store.libraryFile
  for (let i = 0; i < 3; i++) {
    reopen.push(await timed(async () => (await Store.open(dir, { configDir, backupOnOpen: false })).close()))
    snapshotNow.push(await timed(() => readSnapshot(snapshotFile, 'bench')))
    // Before issue 20: the snapshot decoded as it was read, then checked whole into a copy.
    snapshotBefore.push(
      await timed(async () => {
        const text = await readFile(snapshotFile, 'utf8')
        const body = JSON.parse(text.slice(text.indexOf('\n') + 1)) as { library: unknown; clocks: SnapshotClocks }
        stateFrom('bench', librarySchema.parse(body.library) as unknown as Record<string, unknown>, body.clocks)
      })
    )
  }
  printRow('open after compaction (median of 3)', fmt(percentile(reopen, 50)))
  printRow('  of which reading the snapshot (median of 3)', fmt(percentile(snapshotNow, 50)))
  printRow('  reading it as before: checked whole, into a copy', fmt(percentile(snapshotBefore, 50)))
  const listing = await timed(() => readLibraryListing(dir))
  printRow('diptych list: reading the article list', `${fmt(listing)} (from library.json today: ${fmt(oldListing)})`)
  rmSync(root, { recursive: true, force: true })
}
