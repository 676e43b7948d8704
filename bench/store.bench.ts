// The cost of one store write with 10,000 highlights in the library: time and bytes written.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Highlight } from '../src/shared/model'
import { invalidLibrary } from '../src/node/store/library-file'
import { Store } from '../src/node/store/store'
import { listLogs } from '../src/node/store/oplog/change-log'
import { percentile, printRow } from './report'

const dir = mkdtempSync(path.join(os.tmpdir(), 'diptych-bench-store-'))
const store = await Store.open(dir)
const words = 'we have to rebuild a significant area from scratch belarus has expertise in urban planning'.split(' ')

await store.update((lib) => {
  lib.articles.push({ id: 'a1', title: 'Bench', format: 'text', addedAt: new Date().toISOString(), wordCount: 0, textHash: 'x', tags: [] })
  for (let i = 0; i < 10_000; i++) {
    const exact = Array.from({ length: 12 }, (_, j) => words[(i + j) % words.length]).join(' ')
    const h: Highlight = {
      id: `h${i}`,
      articleId: 'a1',
      color: 'yellow',
      quote: { exact, prefix: 'prefix text of thirty-two chars.', suffix: 'suffix text of thirty-two chars.' },
      position: { start: i * 100, end: i * 100 + exact.length },
      note: i % 3 === 0 ? 'A note with **Markdown** in it, about this passage.' : '',
      tags: i % 5 === 0 ? ['quote', 'karabakh'] : [],
      createdAt: new Date().toISOString(),
      updatedAt: new Date().toISOString()
    }
    lib.highlights.push(h)
  }
})

const logBytes = async () => [...(await listLogs(path.join(dir, 'changes'))).values()].reduce((a, b) => a + b, 0)
const logBefore = await logBytes()
const times: number[] = []
for (let i = 0; i < 30; i++) {
  const t = performance.now()
  await store.update((lib) => {
    lib.highlights[i].note = `edited ${i}`
  })
  times.push(performance.now() - t)
}
// Appended to this process's change log (oplog.bench.ts sets it beside today's whole-file write).
const bytes = Math.round(((await logBytes()) - logBefore) / 30)
printRow('store write, 10,000 highlights (median)', `${percentile(times, 50).toFixed(2)} ms`)
printRow('store write, 10,000 highlights (p95)', `${percentile(times, 95).toFixed(2)} ms`)
printRow('bytes written per write', `${bytes.toLocaleString('en')} bytes`)

// The schema check every write makes, so that what is written reads back (part of the write above).
const checks: number[] = []
for (let i = 0; i < 30; i++) {
  const t = performance.now()
  invalidLibrary(store.data)
  checks.push(performance.now() - t)
}
printRow('schema check before a write, 10,000 highlights (median)', `${percentile(checks, 50).toFixed(2)} ms`)

// Coalescing: 100 changes made at once become far fewer writes.
const t = performance.now()
await Promise.all(Array.from({ length: 100 }, (_, i) => store.update((lib) => void (lib.highlights[i].color = 'green'))))
printRow('100 changes at once (coalesced)', `${(performance.now() - t).toFixed(1)} ms`)
await store.close()
rmSync(dir, { recursive: true, force: true })
