// Issue 20, main process and command line: on generated libraries S, M and L, the saves of settings and
// reading positions (with the longest main-process block during each), creating a highlight, search
// (indexed, beside the first version's linear search on the same data), renaming the tag used 500 times,
// `diptych export --all --format md`, `diptych list` and opening the store. Medians of three, beside the
// figures the issue measured before. Figures only. The machine is shared: the load average is printed.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { selectorsFor } from '../src/shared/anchor'
import { canonicalText, type Block } from '../src/shared/model'
import { openApp } from '../src/node'
import { invalidLibrary, serializeLibrary } from '../src/node/store/library-file'
import { writeFileAtomic } from '../src/node/store/atomic-file'
import { Store } from '../src/node/store/store'
import { BaselineSearch } from '../src/node/test-support/search-baseline'
import { noDesktop, RESOURCES_DIR } from '../src/node/test-support/test-app'
import { checkAnchors, generateLibrary, POPULAR_TAG, SIZES, type LibrarySize } from './generate-library'
import { cli, fmt, ROOT, withCpu } from './cli-time'
import { median, withLongestBlock } from './main-block'
import { printRow } from './report'

// prettier-ignore
const BEFORE: Record<string, Record<string, string>> = {
  S: { settings: 'rewrites library.json', create: '26 ms', search: '242 ms (UI, 180 ms debounce incl.)', rename: '112 ms (UI, 209 uses)', export: '0.47 s', list: '', open: '' },
  M: { settings: 'rewrites library.json', create: '206 ms', search: '879 ms (UI)', rename: '3.0 s (UI)', export: '3.0 s', list: '', open: '' },
  L: { settings: 'blocks main up to 846 ms', create: '848 ms', search: '20.2 s (UI)', rename: '18.0 s (UI)', export: '23.5 s', list: '~1.8 s (the open)', open: '~1.8 s' }
}

const RUNS = 3
const row = (label: string, now: string, before = '') => printRow(label, before ? `${now.padEnd(34)} before: ${before}` : now)
const load = () => `load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`

async function repeat(n: number, once: (i: number) => Promise<number>): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < n; i++) times.push(await once(i))
  return median(times)
}

async function measure(size: LibrarySize, work: string): Promise<void> {
  console.log(`\n--- ${size.name}: ${size.articles} articles, ${size.highlights.toLocaleString('en')} highlights (${load()})`)
  const dir = path.join(work, size.name)
  const generated = generateLibrary(dir, size)
  const readBody = (id: string) =>
    (JSON.parse(readFileSync(path.join(dir, 'articles', `${id}.json`), 'utf8')) as { blocks: Block[] }).blocks
  checkAnchors(dir, generated, readBody)
  const before = BEFORE[size.name]
  const mb = (readFileSync(path.join(dir, 'library.json')).length / 1024 / 1024).toFixed(1)
  row('library.json', `${mb} MB; every highlight anchors exactly`)

  row(
    'Store.open (as the command line: no backup)',
    fmt(
      await repeat(RUNS, async () => {
        const start = performance.now()
        await (await Store.open(dir, { backupOnOpen: false })).close()
        return performance.now() - start
      })
    ),
    before.open
  )

  const app = await openApp({ dataDir: dir, resourcesDir: RESOURCES_DIR, platform: noDesktop, store: { backupOnOpen: false } })
  const [a1, a2] = generated.articles
  await app.library.updateSettings({ panes: [a1.id, a2.id] })
  const settingsRuns = []
  for (let i = 0; i < RUNS; i++) settingsRuns.push(await withLongestBlock(() => app.library.updateSettings({ split: 0.4 + i / 20 })))
  const positions = []
  for (let i = 0; i < RUNS; i++) positions.push(await withLongestBlock(() => app.library.setPosition(a1.id, 100 + i)))
  row(
    'updateSettings: saved / longest main block',
    `${fmt(median(settingsRuns.map((r) => r.ms)))} / ${fmt(median(settingsRuns.map((r) => r.blockMs)))}`,
    before.settings
  )
  row(
    'reading position: saved / longest main block',
    `${fmt(median(positions.map((r) => r.ms)))} / ${fmt(median(positions.map((r) => r.blockMs)))}`
  )

  const text = canonicalText(readBody(a1.id))
  const creates = []
  for (let i = 0; i < RUNS; i++) {
    const start = 30 + i * 200
    creates.push(
      await withLongestBlock(() =>
        app.annotations.createHighlight({ articleId: a1.id, color: 'blue', ...selectorsFor(text, start, start + 40) })
      )
    )
  }
  row(
    'create a highlight: saved / longest main block',
    `${fmt(median(creates.map((r) => r.ms)))} / ${fmt(median(creates.map((r) => r.blockMs)))}`,
    before.create
  )
  row('  CPU of this process during the save', fmt(median(creates.map((r) => r.cpuMs))))
  await writePath(app.store, path.join(work, 'write-path.json'))

  await app.search.warm()
  const baseline = new BaselineSearch(app.store)
  const query = generated.searchWord
  await baseline.search(query.slice(0, 2)) // reads the texts, as the indexed one's warm did
  const indexed = await repeat(RUNS, async () => {
    const start = performance.now()
    await app.search.search(query)
    return performance.now() - start
  })
  // The first version takes seconds a query at L: run it once there.
  const baselineRuns = size.name === 'L' ? 1 : RUNS
  const linear = await repeat(baselineRuns, async () => {
    const start = performance.now()
    await baseline.search(query)
    return performance.now() - start
  })
  const hits = (await app.search.search(query)).length
  row(
    `search "${query}" (${hits} hits): indexed / first version`,
    `${fmt(indexed)} / ${fmt(linear)}${baselineRuns === 1 ? ' (1 run)' : ''}`,
    before.search
  )
  // A word no article holds: every article and highlight is looked at (a common word stops at 500 hits).
  const rare = 'qqzx'
  const rareIndexed = await repeat(RUNS, async () => timedAsync(() => app.search.search(rare)))
  const rareLinear = await repeat(baselineRuns, async () => timedAsync(() => baseline.search(rare)))
  row(
    `search "${rare}" (no hits): indexed / first version`,
    `${fmt(rareIndexed)} / ${fmt(rareLinear)}${baselineRuns === 1 ? ' (1 run)' : ''}`
  )
  await app.store.update(() => undefined) // a change: the index regroups at the next query
  const cold = await withLongestBlock(() => app.search.search(query))
  row('search right after a change (index regrouped)', fmt(cold.ms))

  const rename = await repeat(RUNS, async (i) => {
    const [from, to] = i % 2 === 0 ? [POPULAR_TAG, `${POPULAR_TAG}-x`] : [`${POPULAR_TAG}-x`, POPULAR_TAG]
    const { ms } = await withLongestBlock(() => app.annotations.renameTag(from, to))
    return ms
  })
  row(`rename the tag used ${generated.popularUses} times, in the service`, fmt(rename), before.rename)
  await app.store.close()

  const out = path.join(work, `${size.name}-export`)
  const exportMs = await repeat(RUNS, async (i) => cli(['export', '--all', '--format', 'md', '--out', `${out}-${i}`, '--data-dir', dir]))
  row('diptych export --all --format md (a process)', withCpu(exportMs), before.export)
  row('diptych list (a process)', withCpu(await repeat(RUNS, async () => cli(['list', '--data-dir', dir]))), before.list)
  row('diptych --help, a process doing nothing, for scale', withCpu(await repeat(RUNS, async () => cli(['--help']))))
}

/** Where a library write's time goes (issue 16 will make it a change-log append). */
async function writePath(store: Store, scratch: string): Promise<void> {
  const check = median([0, 1, 2].map(() => timed(() => invalidLibrary(store.data))))
  let text = ''
  const serialise = median([0, 1, 2].map(() => timed(() => (text = serializeLibrary(store.data)))))
  const start = performance.now()
  await writeFileAtomic(scratch, text)
  row('  of which: schema check of the whole library (blocks)', fmt(check))
  row('  of which: serialising library.json (blocks)', `${fmt(serialise)} (${(text.length / 1024 / 1024).toFixed(1)} MB)`)
  row('  of which: write, fsync, rename, fsync folder (async)', fmt(performance.now() - start))
}

async function timedAsync(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await work()
  return performance.now() - start
}

function timed(work: () => unknown): number {
  const start = performance.now()
  work()
  return performance.now() - start
}

const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build-cli.mjs')], { encoding: 'utf8' })
if (build.status !== 0) throw new Error(`build-cli failed: ${build.stderr}`)
const only = process.env.DIPTYCH_BENCH_SIZES?.split(',') ?? ['S', 'M', 'L']
const work = mkdtempSync(path.join(os.tmpdir(), 'diptych-bench-library-'))
try {
  for (const name of only) await measure(SIZES[name as keyof typeof SIZES], work)
} finally {
  rmSync(work, { recursive: true, force: true })
}
