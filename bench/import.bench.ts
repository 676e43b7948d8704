// The importer on large inputs: parse time and peak memory of a ~1 MB saved web page and a ~5 MB
// text file, each measured in a fresh process so that one import's peak does not hide the other's.
// For the HTML page the time is also split by phase, to show what jsdom itself costs.
// Then the shapes that once took time growing with the square of a paragraph's length: one Markdown
// paragraph of short lines (a poem, a transcript) at 1, 2 and 4 MB, and an HTML page of 100,000 <br>
// lines; time per MB stays flat when the importer is linear.
import { Readability } from '@mozilla/readability'
import { JSDOM, VirtualConsole } from 'jsdom'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { decodeBytes } from '../src/node/services/import/decode-text'
import { htmlToBlocks } from '../src/node/services/import/html-to-blocks'
import { parseArticle } from '../src/node/services/import/parse-article'
import { inertDocument } from '../src/node/services/import/inert-dom'
import { sanitizeInPlace, wrapChildren } from '../src/node/services/import/sanitize-html'
import { mb, peakRss, percentile, printRow } from './report'

const WORDS = (
  'the council said on thursday that work on the new bridge would begin next spring after years of debate ' +
  'about its height cost and design residents who had campaigned for a crossing welcomed the decision ' +
  'while boat owners warned that the span would still be too low for the tallest vessels in the harbour'
).split(' ')

/** Deterministic prose: the same bytes on every run, so figures compare across commits. */
function prose(words: number, seed: number): string {
  const out: string[] = []
  for (let i = 0; i < words; i++) out.push(WORDS[(i * 7 + seed * 13 + ((i * i) % 11)) % WORDS.length])
  return out.join(' ')
}

/** A long-read as publishers ship it: inline scripts and styles, navigation, the article, a comment thread. */
function htmlPage(targetBytes: number): string {
  const head = [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A very long report | Bench Times</title>',
    '<meta property="og:site_name" content="Bench Times"><link rel="canonical" href="https://bench.example/report">',
    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"A very long report","author":{"@type":"Person","name":"Bench Writer"},"datePublished":"2024-05-16"}</script>',
    `<style>${'.c{margin:0 auto;padding:1rem 2rem;color:#222}'.repeat(2000)}</style>`,
    `<script>${'window.__state.push({"id":1,"tracking":"abcdef0123456789"});'.repeat(3000)}</script>`,
    '</head><body><header><nav><ul>',
    Array.from({ length: 60 }, (_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`).join(''),
    '</ul></nav></header><main><article><h1>A very long report</h1><p class="byline">By Bench Writer</p>'
  ].join('')
  const tail = ['</article><section id="comments"><h2>Comments</h2>']
  for (let i = 0; i < 400; i++) tail.push(`<div class="comment"><p class="author">reader${i}</p><p>${prose(40, i)}</p></div>`)
  tail.push('</section></main><footer><p>© Bench Times</p></footer></body></html>')
  const tailText = tail.join('')
  const parts = [head]
  let size = head.length + tailText.length
  for (let i = 0; size < targetBytes; i++) {
    const p =
      i % 12 === 0
        ? `<h2>Part ${i / 12 + 1}</h2>`
        : `<p>${prose(60, i)} <em>${prose(4, i + 1)}</em> and <a href="/ref/${i}">${prose(3, i + 2)}</a>.</p>`
    parts.push(p)
    size += p.length
  }
  parts.push(tailText)
  return parts.join('')
}

function textFile(targetBytes: number): string {
  const parts = ['A very long transcript\n\n']
  let size = parts[0].length
  for (let i = 0; size < targetBytes; i++) {
    const p = i % 20 === 19 ? `- ${prose(12, i)}\n- ${prose(10, i + 1)}\n\n` : `${prose(45, i)}.\n${prose(45, i + 3)}.\n\n`
    parts.push(p)
    size += p.length
  }
  return parts.join('')
}

function memoryNow() {
  globalThis.gc?.()
  const m = process.memoryUsage()
  return { rss: m.rss, heap: m.heapUsed }
}

function measure(label: string, bytes: Uint8Array, fileName: string): void {
  const before = memoryNow()
  const t0 = performance.now()
  const result = parseArticle({ bytes, fileName })
  const cold = performance.now() - t0
  // Taken before anything is freed: the result and the garbage of the parse are both still counted.
  const heapAfter = process.memoryUsage().heapUsed
  const peak = peakRss()
  if (!result.ok) throw new Error(`bench input was refused: ${result.error.message}`)
  const warm: number[] = []
  for (let i = 0; i < 5; i++) {
    globalThis.gc?.()
    const t = performance.now()
    parseArticle({ bytes, fileName })
    warm.push(performance.now() - t)
  }
  printRow(`${label}: input`, `${mb(bytes.length)}, ${result.value.blocks.length} blocks`)
  printRow(`${label}: parse time, first run`, `${cold.toFixed(0)} ms`)
  printRow(`${label}: parse time, median of 5 more`, `${percentile(warm, 50).toFixed(0)} ms`)
  printRow(`${label}: peak RSS above the start`, mb(peak - before.rss))
  printRow(`${label}: heap growth, before GC`, mb(heapAfter - before.heap))
}

/** The pipeline's main steps one by one (the metadata and clean-up passes between them are left out). */
function htmlPhases(bytes: Uint8Array): void {
  globalThis.gc?.()
  const time = <T>(f: () => T): [T, number] => {
    const t = performance.now()
    const value = f()
    return [value, performance.now() - t]
  }
  const [decoded, decodeMs] = time(() => decodeBytes(bytes, true))
  if (!decoded.ok) throw new Error('bench page did not decode')
  // For comparison: the same page through the JSDOM constructor, which parsers commonly use.
  const [, constructorMs] = time(() => new JSDOM(decoded.value.text, { virtualConsole: new VirtualConsole() }))
  const [doc, jsdomMs] = time(() => inertDocument(decoded.value.text))
  const [article, readabilityMs] = time(() => new Readability<Element>(doc, { serializer: (el) => el as Element }).parse())
  if (!article?.content) throw new Error('Readability found no article in the bench page')
  const content = article.content
  const [, walkMs] = time(() => htmlToBlocks(sanitizeInPlace(wrapChildren(content)), undefined))
  printRow('html: phase: decode', `${decodeMs.toFixed(0)} ms`)
  printRow('html: phase: jsdom parse (DOMParser, as imported)', `${jsdomMs.toFixed(0)} ms`)
  printRow('html: jsdom parse with new JSDOM(), for comparison', `${constructorMs.toFixed(0)} ms`)
  printRow('html: phase: Readability', `${readabilityMs.toFixed(0)} ms`)
  printRow('html: phase: DOMPurify + blocks', `${walkMs.toFixed(0)} ms`)
}

/** One paragraph of short lines joined by single line breaks: Markdown keeps it one paragraph. */
function markdownLines(targetBytes: number): string {
  const lines = ['# A long poem', '']
  let size = 16
  for (let i = 0; size < targetBytes; i++) {
    const line = prose(5, i)
    lines.push(line)
    size += line.length + 1
  }
  return lines.join('\n')
}

function brLines(count: number): string {
  const lines = Array.from({ length: count }, (_, i) => `${prose(5, i)}<br>`)
  return `<!DOCTYPE html><html><head><title>Transcript</title></head><body><main><p>${lines.join('\n')}</p></main></body></html>`
}

/** One import of a paragraph shape: its time, and time per MB so that growth shows. */
function measureShape(label: string, bytes: Uint8Array, fileName: string): void {
  const before = process.resourceUsage().maxRSS * 1024
  const t0 = performance.now()
  const cpu0 = process.cpuUsage()
  const result = parseArticle({ bytes, fileName })
  const ms = performance.now() - t0
  const cpu = process.cpuUsage(cpu0)
  const cpuMs = (cpu.user + cpu.system) / 1000
  if (!result.ok) throw new Error(`bench input was refused: ${result.error.message}`)
  const size = bytes.length / 1024 / 1024
  printRow(
    `${label}: ${mb(bytes.length)} in ${result.value.blocks.length} blocks`,
    `${ms.toFixed(0)} ms (CPU ${cpuMs.toFixed(0)} ms), ${(cpuMs / size).toFixed(0)} ms CPU per MB, peak RSS +${mb(peakRss() - before)}`
  )
}

/** Nesting that a naive count of tags misses: each "<div></x>" opens a level, the stray "</x>" closes none. */
function measureStrayEndTags(levels: number): void {
  const bytes = new TextEncoder().encode(`<html><body>${'<div></x>'.repeat(levels)}<p>${prose(40, 1)}</p></body></html>`)
  const t0 = performance.now()
  const result = parseArticle({ bytes, fileName: 'deep.html' })
  const ms = performance.now() - t0
  const outcome = result.ok
    ? 'imported'
    : /nested too deeply/.test(result.error.message)
      ? 'refused as too deeply nested'
      : `refused: ${result.error.message}`
  printRow(`html nested ${levels.toLocaleString('en')} levels by stray end tags (${mb(bytes.length)})`, `${ms.toFixed(0)} ms, ${outcome}`)
}

const which = process.env.BENCH_IMPORT_CASE
const SHAPES = (process.env.BENCH_IMPORT_SHAPES ?? 'md-1,md-2,md-4,br-100000,stray-20000,stray-35000').split(',')
if (which?.startsWith('stray-')) {
  measureStrayEndTags(Number(which.slice(6)))
} else if (which?.startsWith('md-')) {
  measureShape(
    'markdown paragraph of short lines',
    new TextEncoder().encode(markdownLines(Number(which.slice(3)) * 1024 * 1024)),
    'poem.md'
  )
} else if (which?.startsWith('br-')) {
  measureShape(
    `html page of ${Number(which.slice(3)).toLocaleString('en')} <br> lines`,
    new TextEncoder().encode(brLines(Number(which.slice(3)))),
    'transcript.html'
  )
} else if (which === 'html') {
  const bytes = new TextEncoder().encode(htmlPage(1024 * 1024))
  measure('html', bytes, 'long-read.html')
  htmlPhases(bytes)
} else if (which === 'text') {
  measure('text', new TextEncoder().encode(textFile(5 * 1024 * 1024)), 'transcript.txt')
} else {
  // One fresh process per case; --expose-gc so the starting figures are taken after a collection.
  for (const name of ['html', 'text', ...SHAPES]) {
    const child = spawnSync(process.execPath, ['--expose-gc', process.argv[1], fileURLToPath(import.meta.url)], {
      env: { ...process.env, BENCH_IMPORT_CASE: name },
      encoding: 'utf8'
    })
    process.stdout.write(child.stdout)
    if (child.status !== 0) process.stderr.write(child.stderr)
  }
}
