// One Web Annotation import of many annotations onto a bundled article: total time, the longest stretch
// the event loop stayed blocked (what the reader feels as a frozen window), and peak memory.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { canonicalText } from '../src/shared/model'
import { openTestApp } from '../src/node/test-support/test-app'
import { mb, peakRss, printRow } from './report'

const COUNT = Number(process.env.BENCH_ANNOTATIONS ?? 100_000)
const ARTICLE = 'anadolu-2024-05-16'

const dir = mkdtempSync(path.join(os.tmpdir(), 'diptych-bench-annotations-'))
const app = await openTestApp(dir)
const text = canonicalText((await app.library.body(ARTICLE)).blocks)

/** Passages of the article (every tenth one made up, so it stays an orphan), with a note and tags. */
function annotations(count: number): string {
  const items = Array.from({ length: count }, (_, i) => {
    const start = (i * 37) % (text.length - 60)
    const exact = i % 10 === 9 ? `A passage that is not in the article, number ${i}.` : text.slice(start, start + 40)
    return {
      type: 'Annotation',
      id: `urn:bench:${i}`,
      body: [
        { type: 'TextualBody', value: `Note ${i} about this passage.`, purpose: 'commenting' },
        { type: 'TextualBody', value: `tag ${i % 50}`, purpose: 'tagging' }
      ],
      target: {
        source: 'urn:bench',
        selector: [
          { type: 'TextQuoteSelector', exact },
          { type: 'TextPositionSelector', start, end: start + exact.length }
        ]
      }
    }
  })
  return JSON.stringify({ type: 'AnnotationPage', items })
}

const json = annotations(COUNT)
const rssBefore = process.memoryUsage().rss
const delay = monitorEventLoopDelay({ resolution: 10 })
delay.enable()
const t0 = performance.now()
const result = await app.annotationImport.importText(ARTICLE, json, 'bench.json')
const ms = performance.now() - t0
delay.disable()
printRow(`web annotation import: ${COUNT.toLocaleString('en')} annotations (${mb(json.length)})`, `${(ms / 1000).toFixed(1)} s`)
printRow('  imported, orphans, existing', `${result.imported}, ${result.orphans}, ${result.existing}`)
printRow('  longest event-loop block', `${(delay.max / 1e6).toFixed(0)} ms`)
printRow('  peak RSS above the start', mb(peakRss() - rssBefore))
await app.store.close()
rmSync(dir, { recursive: true, force: true })
