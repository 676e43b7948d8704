// Editions: a re-fetch of an unchanged and of a changed article from the local test web server (median of
// a few runs, the changed one carrying 1,000 highlights), and the anchoring of 1,000 highlights onto a
// new edition in which 5% of the sentences were edited: moved right, reworded, left behind, wrong (wrong
// must be 0), over several generated articles. Figures only.
// Run: npx vite-node bench/editions.bench.ts
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { selectorsFor } from '../src/shared/anchor'
import { moveHighlights } from '../src/shared/editions'
import { canonicalText } from '../src/shared/model'
import { storyPage } from '../src/node/test-support/edition-pages'
import { openTestApp } from '../src/node/test-support/test-app'
import { startWebServer } from '../src/node/test-support/web-server'
import { editedEdition, type EditedEdition } from '../src/testing/edition-edits'
import { judge } from '../src/testing/tracked-edits'
import { percentile, printRow } from './report'

const RUNS = 5
const HIGHLIGHTS = 1000
const EDIT_SHARE = 0.05
const WORDS = 20_000

const paragraphs = (text: string) => text.split('\n\n')
const ms = (n: number) => `${n.toFixed(0)} ms`

async function refetch(): Promise<void> {
  const server = await startWebServer()
  const dir = mkdtempSync(path.join(os.tmpdir(), 'diptych-editions-bench-'))
  try {
    const app = await openTestApp(dir)
    const unchanged: number[] = []
    const changed: number[] = []
    let moved = ''
    for (let run = 0; run < RUNS; run++) {
      const edition = editedEdition({ words: WORDS, highlights: HIGHLIGHTS, editShare: EDIT_SHARE, seed: 100 + run })
      const url = server.page(`/long-${run}`, storyPage(paragraphs(edition.oldText), `A long story, take ${run + 1}`))
      const saved = await app.imports.importUrl(url, `bench-${run}`)
      const id = saved.articleId!
      await addHighlights(app, id, edition)
      let t = performance.now()
      const same = await app.editions.check(id)
      unchanged.push(performance.now() - t)
      server.page(`/long-${run}`, storyPage(paragraphs(edition.newText), `A long story, take ${run + 1}`))
      t = performance.now()
      const next = await app.editions.check(id)
      changed.push(performance.now() - t)
      if (same.status !== 'unchanged' || next.status !== 'new-edition') throw new Error(`unexpected: ${same.message} / ${next.message}`)
      moved = `${next.moved} moved, ${next.revised} reworded, ${next.stayed} stayed`
    }
    printRow(`re-fetch, unchanged (${WORDS.toLocaleString('en')} words), median of ${RUNS}`, ms(percentile(unchanged, 50)))
    printRow(`re-fetch, changed: new edition + ${HIGHLIGHTS} highlights moved, median`, ms(percentile(changed, 50)))
    printRow('  last changed run', moved)
    await app.store.close()
  } finally {
    await server.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The generated highlights, placed in the saved article's canonical text (the title heading comes first). */
async function addHighlights(app: Awaited<ReturnType<typeof openTestApp>>, id: string, edition: EditedEdition): Promise<void> {
  const text = canonicalText((await app.library.body(id)).blocks)
  const base = text.indexOf(edition.oldText)
  if (base < 0) throw new Error('the saved text is not the generated one')
  const at = new Date().toISOString()
  await app.store.update((lib) => {
    edition.highlights.forEach((h, i) => {
      const start = base + h.position.start
      lib.highlights.push({
        id: `bench-${id.slice(0, 8)}-${i}`,
        articleId: id,
        color: 'yellow',
        ...selectorsFor(text, start, start + h.quote.exact.length),
        note: '',
        tags: [],
        createdAt: at,
        updatedAt: at
      })
    })
  })
}

function anchoring(): void {
  const totals = { right: 0, reworded: 0, orphan: 0, wrong: 0, lookalike: 0, twin: 0, touched: 0 }
  const times: number[] = []
  const SEEDS = 10
  for (let seed = 1; seed <= SEEDS; seed++) {
    const e = editedEdition({ words: WORDS, highlights: HIGHLIGHTS, editShare: EDIT_SHARE, seed })
    const t = performance.now()
    const moves = moveHighlights(
      e.oldText,
      e.newText,
      e.highlights.map((h, i) => ({ id: String(i), ...h }))
    )
    times.push(performance.now() - t)
    totals.touched += e.truth.filter((s) => s.touched).length
    moves.forEach((m, i) => {
      if (!('selectors' in m)) return void totals.orphan++
      const { start, end } = m.selectors.position
      const verdict = judge({ status: 'fuzzy', start, end, score: 1 }, e.truth[i], e.newText, e.highlights[i])
      if (verdict === 'orphan') totals.orphan++
      else totals[verdict]++
      if (m.outcome === 'revised' && verdict === 'right') totals.reworded++
    })
  }
  const n = SEEDS * HIGHLIGHTS
  printRow(`anchoring ${HIGHLIGHTS} highlights, ${EDIT_SHARE * 100}% of sentences edited (${SEEDS} articles)`, '')
  printRow('  time per article (median)', ms(percentile(times, 50)))
  printRow('  moved right (of which reworded, marked)', `${totals.right} of ${n} (${totals.reworded})`)
  printRow('  passages the edits touched (truth)', String(totals.touched))
  printRow('  left on the old edition (orphans)', String(totals.orphan))
  printRow('  twins (a repeated passage, indistinguishable)', String(totals.twin))
  printRow('  wrong (must be 0), lookalikes', `${totals.wrong}, ${totals.lookalike}`)
}

anchoring()
await refetch()
