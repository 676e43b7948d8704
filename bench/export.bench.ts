// Export of 10,000 highlights across 200 articles: the whole library as Markdown, and as Web Annotation
// JSON. Then issue 20's figure: `diptych export --all` of the generated L library (2,000 articles,
// 100,000 highlights) as a process, into a new folder and again into the same folder (the vault case:
// every note read, merged, none written), beside the figures before. Figures only.
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

// Before: the 23.5 s (a filter of all highlights per article, an fsync per file, one at a time),
// then about 4.5 s of CPU (grouped highlights, batched syncs), before links and markers were added.
const BEFORE = { first: '23.5 s at first; about 4.5 s CPU before links and markers', again: 'refused without --force' }
const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build-cli.mjs')], { encoding: 'utf8' })
if (build.status !== 0) throw new Error(`build-cli failed: ${build.stderr}`)
const large = path.join(outDir, 'L')
generateLibrary(large, SIZES.L)
const vault = path.join(outDir, 'vault')
const runs = (label: string, before: string, times: number) => {
  const walls: number[] = []
  for (let i = 0; i < times; i++) walls.push(cli(['export', '--all', '--format', 'md', '--out', vault, '--data-dir', large]))
  printRow(label, `${withCpu(median(walls)).padEnd(30)} before: ${before} (${os.loadavg()[0].toFixed(1)} load)`)
}
runs('L: diptych export --all into a new folder', BEFORE.first, 1)
runs('L: the same again into that folder (median of 3)', BEFORE.again, 3)
rmSync(outDir, { recursive: true, force: true })
