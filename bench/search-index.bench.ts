// Issue 20: search through an index kept up to date on every change. On generated libraries S, M and L,
// three ways to find which articles to scan, each under the same search (folded text cached, highlights
// grouped by article, hits found by substring): today's scan of every article, MiniSearch (words by
// prefix, folded as search folds) and our own grams (search-grams.ts). For each: the time to build from
// the library, to catch up after one change, to answer queries of each kind (median / p95), the memory
// held, and whether its hits are the first version's (test-support/search-baseline.ts), hit for hit.
// `BENCH_SIZES=S,M npm run bench search-index` runs fewer sizes. Figures only, never pass/fail.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { SearchService } from '../src/node/services/search-service'
import { GramFilter, scanAll, type SearchFilter } from '../src/node/services/search-filter'
import { BaselineSearch } from '../src/node/test-support/search-baseline'
import type { SearchHit } from '../src/shared/api'
import { cachedLibrary } from './cached-library'
import { POPULAR_TAG, SIZES } from './generate-library'
import { mb, percentile, printRow } from './report'
import { asStore, memoryStore, MiniSearchFilter, QUERY_KINDS, queriesFor, type MemoryStore, type QueryKind } from './search-index-setup'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

const VARIANTS: Record<string, () => SearchFilter> = {
  'scan (today)': () => scanAll,
  MiniSearch: () => new MiniSearchFilter(),
  grams: () => new GramFilter()
}
const RUNS = 3
/** At L the first version takes seconds a query: it answers this many queries of each kind there. */
const ORACLE_PER_KIND_AT_L = 2

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 10 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(2)} ms`)
const spread = (xs: number[]) => `${fmt(percentile(xs, 50))} / ${fmt(percentile(xs, 95))}`
const load = () => `load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`

/** The heap in use, and the typed arrays' memory outside it (the grams' bits live there). */
function heap(): number {
  gc()
  gc()
  const { heapUsed, arrayBuffers } = process.memoryUsage()
  return heapUsed + arrayBuffers
}

function timed(work: () => unknown): number {
  const start = performance.now()
  work()
  return performance.now() - start
}

interface Figures {
  build: number
  memory: number
  updates: Record<keyof ReturnType<typeof changes>, number>
  firstQuery: number
  times: Map<QueryKind, number[]>
  hits: Map<string, string>
}

async function measureVariant(dir: string, filter: () => SearchFilter, queries: Map<QueryKind, string[]>): Promise<Figures> {
  const memory = await memoryHeld(dir, filter)
  const store = memoryStore(dir)
  const start = performance.now()
  const made = filter()
  const service = new SearchService(asStore(store), made)
  await service.warm()
  const build = performance.now() - start

  const times = new Map<QueryKind, number[]>()
  const hits = new Map<string, string>()
  for (const [kind, list] of queries) {
    for (const q of list) hits.set(q, JSON.stringify(await service.search(q)))
    // Each query's fastest of RUNS: on a shared machine, the others' work only ever adds time.
    const fastest = list.map(() => Infinity)
    for (let run = 0; run < RUNS; run++)
      for (const [i, q] of list.entries()) {
        const t = performance.now()
        await service.search(q)
        fastest[i] = Math.min(fastest[i], performance.now() - t)
      }
    times.set(kind, fastest)
  }

  const change = changes(store)
  const updates = {} as Figures['updates']
  for (const what of Object.keys(change) as (keyof typeof change)[]) {
    const times: number[] = []
    for (let i = 0; i < (what === 'a tag on 500 highlights renamed' ? 2 : 5); i++) {
      change[what](i)
      store.version++
      times.push(timed(() => (service.refresh(), made.catchUp(Infinity))))
    }
    updates[what] = median(times)
  }
  // What a reader waits for: the first query after a large change (the filter catches up a part at a time).
  change['a tag on 500 highlights renamed'](0)
  store.version++
  const asked = performance.now()
  await service.search('qqzxqq')
  const firstQuery = performance.now() - asked
  return { build, memory, updates, firstQuery, times, hits }
}

/** What a search built from the library holds, after a first query (V8 may keep a folded text as a
 * tree of pieces until it is first read whole). Its own function, so that nothing else it made is alive
 * when the heap is weighed: in a longer one, what an await outlives stays reachable. */
async function memoryHeld(dir: string, filter: () => SearchFilter): Promise<number> {
  const store = memoryStore(dir)
  const before = heap()
  const service = new SearchService(asStore(store), filter())
  await service.warm()
  await service.search('qqzxqq')
  return heap() - before
}

/** Changes made to the library, as the store makes them (in place). */
function changes(store: MemoryStore) {
  const list = store.data.highlights
  return {
    'a note edited': (i: number) => (list[(i * 997) % list.length].note = `edited ${i}`),
    'a highlight added': (i: number) => list.push({ ...list[(i * 991) % list.length], id: `added-${i}`, note: `added ${i}` }),
    'a tag on 500 highlights renamed': (i: number) => {
      const [from, to] = i % 2 === 0 ? [POPULAR_TAG, 'renamed'] : ['renamed', POPULAR_TAG]
      for (const h of list) if (h.tags.includes(from)) h.tags = h.tags.map((t) => (t === from ? to : t))
    }
  }
}

const median = (xs: number[]) => percentile(xs, 50)

/** The first version's hits for every query (at L, for a few of each kind): the oracle. */
async function oracle(dir: string, queries: Map<QueryKind, string[]>, size: string): Promise<Map<string, string>> {
  const baseline = new BaselineSearch(memoryStore(dir))
  const out = new Map<string, string>()
  for (const list of queries.values())
    for (const q of size === 'L' ? list.slice(0, ORACLE_PER_KIND_AT_L) : list) out.set(q, JSON.stringify(await baseline.search(q)))
  return out
}

function agreement(hits: Map<string, string>, expected: Map<string, string>): string {
  let same = 0
  let missed = 0
  for (const [q, want] of expected) {
    if (hits.get(q) === want) same++
    else missed += (JSON.parse(want) as SearchHit[]).length - (JSON.parse(hits.get(q)!) as SearchHit[]).length
  }
  return `${same}/${expected.size} queries hit for hit${missed > 0 ? ` (${missed} hits missed)` : ''}`
}

async function measure(size: keyof typeof SIZES): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `diptych-bench-search-${size}-`))
  try {
    const g = cachedLibrary(dir, SIZES[size])
    console.log(`\n--- ${size}: ${g.articles.length} articles, ${g.highlights.length.toLocaleString('en')} highlights (${load()})`)
    const queries = await queriesFor(memoryStore(dir))
    const expected = await oracle(dir, queries, size)
    const figures = new Map<string, Figures>()
    for (const [name, filter] of Object.entries(VARIANTS)) figures.set(name, await measureVariant(dir, filter, queries))
    const scan = figures.get('scan (today)')!
    const names = [...figures.keys()]
    printRow('', names.map((n) => n.padEnd(22)).join(''))
    const line = (label: string, value: (f: Figures) => string) =>
      printRow(label, names.map((n) => value(figures.get(n)!).padEnd(22)).join(''))
    line('build (read texts ahead, fold, index)', (f) => fmt(f.build))
    line('memory held (heap and typed arrays)', (f) => mb(f.memory))
    for (const what of Object.keys(scan.updates) as (keyof Figures['updates'])[])
      line(`catch up after ${what}`, (f) => fmt(f.updates[what]))
    line('a query with no hits right after the rename', (f) => fmt(f.firstQuery))
    for (const kind of QUERY_KINDS) line(`query, ${kind} (${queries.get(kind)!.length}): median / p95`, (f) => spread(f.times.get(kind)!))
    for (const name of names) {
      printRow(`${name}: same hits as the first version`, agreement(figures.get(name)!.hits, expected))
      printRow(`${name}: same hits as the scan`, agreement(figures.get(name)!.hits, scan.hits))
    }
    console.log(`(${load()})`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const sizes = (process.env.BENCH_SIZES ?? 'S,M,L').split(',').filter((s): s is keyof typeof SIZES => s in SIZES)
for (const size of sizes) await measure(size)
