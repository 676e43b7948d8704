// Issue 20: `diptych list` of the generated L library (2,000 articles, 100,000 highlights), this
// checkout's command line against an earlier commit's (LIST_BEFORE, by default the commit before the
// listing kept counts), the two run alternately so that both meet the same load. Each lists a library it
// migrated itself (so its listing is in its own format): right after the compaction, then with highlights
// created, moved and deleted since (logged, not yet compacted). Medians of wall and CPU time (user +
// system), with the load average before and after. Figures only.
// One size: LIST_SIZE=M npx vite-node bench/list.bench.ts
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Store } from '../src/node/store/store'
import { cachedLibrary } from './cached-library'
import { fmt, ROOT, timedCli } from './cli-time'
import { SIZES } from './generate-library'
import { median } from './main-block'
import { printRow } from './report'

const BEFORE = process.env.LIST_BEFORE ?? '1410d6d'
const SIZE = SIZES[(process.env.LIST_SIZE ?? 'L') as keyof typeof SIZES]
const NOTE_TITLE = 'A short note'
const RUNS = Number(process.env.LIST_RUNS ?? 9)
const work = mkdtempSync(path.join(os.tmpdir(), 'diptych-bench-list-'))
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')

/** The command line of commit `ref`, built in a folder of its own; null when the commit is not in this repository. */
function checkoutOf(ref: string): string | null {
  const dir = path.join(work, 'before')
  const archive = spawnSync('git', ['archive', '--format=tar', ref], { cwd: ROOT, maxBuffer: 1 << 30 })
  if (archive.status !== 0) return null
  mkdirSync(dir)
  execFileSync('tar', ['-x', '-C', dir], { input: archive.stdout })
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'))
  execFileSync(process.execPath, [path.join(dir, 'scripts', 'build-cli.mjs')], { cwd: dir })
  return path.join(dir, 'bin', 'diptych.mjs')
}

/** The generated library, migrated by `bin` (an import writes its snapshot and listing). */
function libraryFor(bin: string, name: string): string {
  const dir = path.join(work, name)
  cachedLibrary(dir, SIZE)
  const note = path.join(work, 'note.txt')
  writeFileSync(note, `${NOTE_TITLE}\n\nImported to have the library migrated and compacted.\n`)
  timedCli(bin, ['import', note, '--data-dir', dir])
  return dir
}

/** Highlights created, moved to another article and deleted, logged after the snapshot. */
async function changeHighlights(dir: string): Promise<void> {
  const store = await Store.open(dir, { backupOnOpen: false })
  await store.update((lib) => {
    const [first, second] = lib.articles
    for (const h of lib.highlights.slice(0, 20)) h.articleId = second.id
    lib.highlights.splice(20, 20)
    lib.highlights.push(...lib.highlights.slice(100, 120).map((h) => ({ ...h, id: `${h.id}-again`, articleId: first.id })))
  })
  await store.close()
}

function alternate(label: string, runs: { name: string; bin: string; dir: string }[]): void {
  const times = new Map(runs.map((r) => [r.name, { wall: [] as number[], cpu: [] as number[] }]))
  const outputs = new Map<string, string>()
  const loadBefore = load()
  for (let i = 0; i < RUNS; i++) {
    for (const r of i % 2 ? [...runs].reverse() : runs) {
      const t = timedCli(r.bin, ['list', '--data-dir', r.dir])
      times.get(r.name)!.wall.push(t.wallMs)
      if (t.cpuMs !== null) times.get(r.name)!.cpu.push(t.cpuMs)
    }
  }
  for (const r of runs) {
    const run = spawnSync(process.execPath, [r.bin, 'list', '--json', '--data-dir', r.dir], { encoding: 'utf8' })
    // Each library has its own note imported (another id): the generated articles are compared.
    const listed = (JSON.parse(run.stdout) as { title: string }[]).filter((a) => a.title !== NOTE_TITLE)
    outputs.set(r.name, JSON.stringify(listed))
  }
  printRow(`${label}: load average before / after`, `${loadBefore} / ${load()}`)
  for (const r of runs) {
    const { wall, cpu } = times.get(r.name)!
    printRow(`  diptych list, ${r.name}`, `${fmt(median(wall))} (CPU ${cpu.length ? fmt(median(cpu)) : 'n/a'}), ${RUNS} runs`)
  }
  const printed = new Set(outputs.values())
  printRow('  same list printed by each', printed.size === 1 ? 'yes' : 'NO')
}

const now = path.join(ROOT, 'bin', 'diptych.mjs')
execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-cli.mjs')])
const before = checkoutOf(BEFORE)
if (!before) printRow('before', `commit ${BEFORE} is not in this repository: this checkout alone`)
const beforeLibrary = before && libraryFor(before, 'before-library')
const runs = [
  ...(before && beforeLibrary
    ? [
        { name: `before (${BEFORE})`, bin: before, dir: beforeLibrary },
        // A listing of the first format is not read: the snapshot is walked, until the next compaction.
        { name: 'now, on the library the earlier commit migrated', bin: now, dir: beforeLibrary }
      ]
    : []),
  { name: 'now', bin: now, dir: libraryFor(now, 'now-library') }
]
printRow('library', `${SIZE.name}: ${SIZE.articles} articles, ${SIZE.highlights} highlights`)
alternate('right after a compaction', runs)
for (const dir of new Set(runs.map((r) => r.dir))) await changeHighlights(dir)
alternate('with 60 highlights changed since', runs)
rmSync(work, { recursive: true, force: true })
