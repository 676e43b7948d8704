// Saving a web page with its pictures: a ~1 MB article with 30 pictures (~30 KB each) from the local
// test web server, saved into a new library; then the time to open it (read its body back). Median of
// a few runs, and the process's peak memory. Figures only.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { FigureBlock } from '../src/shared/model'
import { ImportService } from '../src/node/services/import-service'
import { inlineParser, type Parser } from '../src/node/services/import/worker-parser'
import { noDesktop, openTestApp } from '../src/node/test-support/test-app'
import { startWebServer, WEB_PAGES } from '../src/node/test-support/web-server'
import { mb, peakRss, percentile, printRow } from './report'

const RUNS = 3

/**
 * Until the HTML walker makes figure blocks, the page's <img> elements are added as figures here, so
 * that the figures measure the downloads; the bench says which parser it used.
 */
async function parserWithFigures(): Promise<{ parser: Parser; note: string }> {
  const probe = await inlineParser.parse({
    kind: 'file',
    fileName: 'probe.html',
    bytes: new TextEncoder().encode(
      `<html><body><article><p>${'Words of an article, long enough to be one. '.repeat(10)}</p><figure><img src="https://x.example/a.png" alt="a"><figcaption>A caption.</figcaption></figure><p>${'More words of it. '.repeat(10)}</p></article></body></html>`
    ),
    web: { url: 'https://x.example/' }
  })
  if (probe.ok && probe.value.blocks.some((b) => b.kind === 'figure')) return { parser: inlineParser, note: 'figures from the HTML walker' }
  const parser: Parser = {
    async parse(job) {
      const parsed = await inlineParser.parse(job)
      if (!parsed.ok || job.kind !== 'file' || !job.web) return parsed
      const html = new TextDecoder().decode(job.bytes)
      const figures = [...html.matchAll(/<img src="([^"]+)" alt="([^"]*)"/g)].map(([, src, alt]): FigureBlock => ({
        kind: 'figure',
        text: alt,
        image: { src: new URL(src, job.web!.url).href, alt }
      }))
      return { ok: true, value: { ...parsed.value, blocks: [...parsed.value.blocks, ...figures] } }
    }
  }
  return { parser, note: 'figures added by the bench (the walker makes none on this branch)' }
}

async function main(): Promise<void> {
  const server = await startWebServer()
  const { parser, note } = await parserWithFigures()
  const save: number[] = []
  const open: number[] = []
  const phases = new Map<string, number[]>()
  let pictures = ''
  let bytes = 0
  for (let i = 0; i < RUNS; i++) {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'diptych-bench-web-'))
    try {
      const app = await openTestApp(dataDir)
      const imports = new ImportService(app.store, app.library, noDesktop, parser, {}, app.assets)
      const t0 = performance.now()
      // When each phase began, from the progress the dialog polls.
      const began = new Map<string, number>()
      const poll = setInterval(() => {
        const phase = imports.urlRequests.progress(`bench-${i}`)?.phase
        if (phase && !began.has(phase)) began.set(phase, performance.now())
      }, 2)
      const result = await imports.importUrl(server.url(WEB_PAGES.big), `bench-${i}`)
      const end = performance.now()
      clearInterval(poll)
      save.push(end - t0)
      const marks = [...began.entries(), ['end', end] as const]
      for (let m = 0; m < marks.length - 1; m++) {
        const list = phases.get(marks[m][0]) ?? []
        list.push(marks[m + 1][1] - marks[m][1])
        phases.set(marks[m][0], list)
      }
      if (result.status !== 'imported') throw new Error(`the page was not saved: ${result.message}`)
      pictures = `${result.images?.saved ?? 0} saved, ${result.images?.failed ?? 0} failed`
      const t1 = performance.now()
      const body = await app.library.body(result.articleId!)
      open.push(performance.now() - t1)
      bytes = Buffer.byteLength(JSON.stringify(body))
      await app.store.close()
    } finally {
      rmSync(dataDir, { recursive: true, force: true })
    }
  }
  await server.close()
  printRow(
    `save a ~1 MB page with 30 pictures (${pictures}; ${note})`,
    `median ${percentile(save, 50).toFixed(0)} ms, first ${save[0].toFixed(0)} ms`
  )
  // Parsed in this process, the page blocks the event loop: its 'reading' phase shows inside 'downloading'.
  for (const [phase, times] of phases) {
    const label = phase === 'downloading' && !phases.has('reading') ? 'downloading + reading (parse, in process)' : phase
    printRow(`  phase: ${label}`, `median ${percentile(times, 50).toFixed(0)} ms`)
  }
  printRow(`open it: read its body (${mb(bytes)})`, `median ${percentile(open, 50).toFixed(1)} ms`)
  printRow('peak RSS of the process', mb(peakRss()))
}

await main()
