// Export of 10,000 highlights across 200 articles: the whole library as Markdown, and as Web Annotation
// JSON. Then issue 20's figures: `diptych export --all` of the generated S, M and L libraries (up to
// 2,000 articles, 100,000 highlights) as a process, into a new folder and again into the same folder (the
// vault case: every note read, merged, none written), and the phases of both (export-phases.ts), beside
// the figures before. Figures only.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { selectorsFor } from '../src/shared/anchor'
import { prng, proseWords, render, vocabulary, zipf } from '../src/testing/compare-eval/syntheticProse'
import { canonicalText, HIGHLIGHT_COLORS, type Highlight, type Link } from '../src/shared/model'
import { openApp } from '../src/node'
import { mb, peakRss, printRow } from './report'
import { spawnSync } from 'node:child_process'
import { cli, ROOT, withCpu } from './cli-time'
import { generateLibrary, SIZES } from './generate-library'
import { median } from './main-block'
import { exportPhases, PHASE_ROWS, type PhaseRow } from './export-phases'

const none = async () => null
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'diptych-bench-export-'))
// Exports go beside the library, not into it: the export service refuses the library folder.
const outDir = mkdtempSync(path.join(os.tmpdir(), 'diptych-bench-export-out-'))
const app = await openApp({
  dataDir,
  resourcesDir: path.resolve(import.meta.dirname, '../resources'),
  platform: { showOpenDialog: none, showSaveDialog: none, writeClipboard: () => undefined, openExternal: async () => undefined }
})
const random = prng(11)
const words = vocabulary(8_000, random)
const draw = zipf(words.length, random)
const highlights: Highlight[] = []
const at = new Date().toISOString()
for (let a = 0; a < 200; a++) {
  const prose = proseWords(2_500, words, draw, random)
  const text = render(prose.words, prose.sentenceEnd, random)
  const item = await app.imports.importPasted({ text: `Article ${a}\n\n${text}` })
  const id = item.articleId!
  const canonical = canonicalText((await app.library.body(id)).blocks)
  for (let h = 0; h < 50; h++) {
    const start = Math.floor((h / 50) * (canonical.length - 300)) + 20
    highlights.push({
      id: `b-${a}-${h}`,
      articleId: id,
      color: HIGHLIGHT_COLORS[h % 5],
      ...selectorsFor(canonical, start, start + 60 + (h % 90)),
      note: h % 3 === 0 ? `A note on passage ${h}, with *emphasis* and a [link](https://example.org/${h}).` : '',
      tags: h % 4 === 0 ? ['claim', `topic ${a % 7}`] : [],
      createdAt: at,
      updatedAt: at
    })
  }
}
const links: Link[] = []
for (let i = 0; i + 50 < highlights.length; i += 97)
  links.push({ id: `l${i}`, from: highlights[i].id, to: highlights[i + 50].id, relation: 'quotes', createdAt: at })
await app.store.update((lib) => {
  lib.highlights.push(...highlights)
  lib.links.push(...links)
})
printRow('library', `${app.store.data.articles.length} articles, ${app.store.data.highlights.length} highlights, ${links.length} links`)

for (const format of ['markdown', 'webannotation'] as const) {
  const before = process.memoryUsage().heapUsed
  const t = performance.now()
  const rendered = await app.exports.render({ scope: 'library', articleIds: [], format, includeNotes: true, order: 'reading' })
  const renderMs = performance.now() - t
  const out = path.join(outDir, `export-${format}`)
  const { files } = await app.exports.write(rendered, out, { force: false })
  const total = performance.now() - t
  printRow(`export library as ${format}: render`, `${renderMs.toFixed(0)} ms`)
  printRow(`export library as ${format}: render + write ${files} files`, `${total.toFixed(0)} ms`)
  printRow(`export library as ${format}: heap growth`, mb(process.memoryUsage().heapUsed - before))
}
printRow('peak RSS of the process', mb(peakRss()))
await app.store.close()
rmSync(dataDir, { recursive: true, force: true })

// Issue 20: `diptych export --all --format md` of the generated libraries S, M and L, as a process (its
// CPU time, user and system, and wall time) and its phases in this process, beside the figures of the
// code before (commit afe532c: every note rendered and held, then written; measured on this machine the
// same way, with the same phase clock added; CPU ms / wall ms, medians of 3).
// The process's figures were taken at load 2, runs of the old and new code alternating; the phases at
// load 6 to 11 (2 cores shared by other work), so their wall times are inflated, CPU times less so.
// prettier-ignore
const BEFORE: Record<'S' | 'M' | 'L', Partial<Record<PhaseRow | 'cli.new' | 'cli.again', string>>> = {
  S: { 'cli.new': '330.0 ms (CPU 390.0 ms)', 'cli.again': '300.0 ms (CPU 360.0 ms)', 'open': '60 / 104 ms', 'new.anchor': '20 / 28 ms', 'new.render': '50 / 67 ms', 'new.write': '43 / 84 ms', 'new.total': '135 / 269 ms', 'again.anchor': '15 / 45 ms', 'again.scan': '32 / 57 ms', 'again.render': '64 / 67 ms', 'again.write': '5 / 5 ms', 'again.total': '122 / 238 ms' },
  M: { 'cli.new': '950.0 ms (CPU 1.30 s)', 'cli.again': '890.0 ms (CPU 1.21 s)', 'open': '395 / 479 ms', 'new.anchor': '155 / 158 ms', 'new.render': '364 / 482 ms', 'new.write': '244 / 339 ms', 'new.total': '873 / 1089 ms', 'again.anchor': '113 / 135 ms', 'again.scan': '159 / 180 ms', 'again.render': '247 / 315 ms', 'again.write': '0 / 0 ms', 'again.total': '520 / 638 ms' },
  L: { 'cli.new': '3.18 s (CPU 4.16 s)', 'cli.again': '3.09 s (CPU 4.03 s)', 'open': '1358 / 1502 ms', 'new.anchor': '482 / 437 ms', 'new.render': '1222 / 1235 ms', 'new.write': '906 / 1253 ms', 'new.total': '2770 / 2914 ms', 'again.anchor': '480 / 770 ms', 'again.scan': '674 / 854 ms', 'again.render': '1158 / 1530 ms', 'again.write': '0 / 0 ms', 'again.total': '2374 / 3214 ms' }
}
const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build-cli.mjs')], { encoding: 'utf8' })
if (build.status !== 0) throw new Error(`build-cli failed: ${build.stderr}`)
const ms = (figure: { cpu: number; wall: number } | undefined) => (figure ? `${figure.cpu.toFixed(0)} / ${figure.wall.toFixed(0)} ms` : '-')
for (const name of ['S', 'M', 'L'] as const) {
  const library = path.join(outDir, name)
  generateLibrary(library, SIZES[name])
  const vault = path.join(outDir, `vault-${name}`)
  const exportOnce = () => cli(['export', '--all', '--format', 'md', '--out', vault, '--data-dir', library])
  // The first open turns the generated library.json into the change-log store: once, not timed.
  exportOnce()
  withCpu(0)
  const cliRuns = (label: string, row: 'cli.new' | 'cli.again', fresh: boolean) => {
    const walls: number[] = []
    for (let i = 0; i < 3; i++) {
      if (fresh) rmSync(vault, { recursive: true, force: true })
      walls.push(exportOnce())
    }
    printRow(`${name}: ${label}`, `${withCpu(median(walls)).padEnd(30)} before: ${BEFORE[name][row] ?? '-'}`)
  }
  printRow(`${name}: diptych export --all --format md (${os.loadavg()[0].toFixed(1)} load)`, 'wall (CPU), median of 3')
  cliRuns('into a new folder', 'cli.new', true)
  cliRuns('again into that folder', 'cli.again', false)
  const phases = await exportPhases(library, path.join(outDir, `phases-${name}`), 3)
  printRow(`${name}: in this process`, 'CPU / wall, median of 3')
  for (const { row, label } of PHASE_ROWS)
    printRow(`${name}: ${label}`, `${ms(phases[row]).padEnd(22)} before: ${BEFORE[name][row] ?? '-'}`)
  rmSync(library, { recursive: true, force: true })
  rmSync(vault, { recursive: true, force: true })
}
rmSync(outDir, { recursive: true, force: true })
