// A child process for the crash and concurrency tests (crash.test.ts, concurrent-writers.test.ts).
// Not part of the app. Every line goes to stdout with a synchronous write, so that a line printed
// before a SIGKILL is never lost in a buffer.
//
//   crash DIR SEED         prints L once loaded, waits for a line on stdin (so that the next process can
//                          start while the previous one runs), opens the Store on DIR and writes until
//                          it is killed (compacting and backing up often, so that kills land there too):
//                            O <digest> <notices>              the library it found on opening
//                            W <n> <digest>                    change n applied: the library is this now
//                            A <n> <digest>                    change n is on disk
//                            b <id> <digest> / B <id> <digest> same for an article body
//   writer DIR NAME COUNT  one of two processes writing at once through the real services: prints R,
//                          waits for a line on stdin, makes COUNT changes (some concurrently), closes
//                          the store and prints E <json> with what its own objects must look like.
import { createHash } from 'node:crypto'
import { writeSync } from 'node:fs'
import { createInterface } from 'node:readline'
import type { ArticleBody, Block, Highlight, Library } from '../../shared/model'
import { AnnotationService } from '../services/annotation-service'
import { LibraryService } from '../services/library-service'
import { Store, type Recipe } from './store'
import { runAsProgram } from '../test-support/child-main'

const say = (line: string) => writeSync(1, line + '\n')
export const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 20)
/** A library's digest, its revision aside (a count of this process's writes, not part of the merged library). */
export const libraryDigest = (library: Library) => digest(JSON.stringify({ ...library, revision: 0 }))

/** A small deterministic random generator (mulberry32), so that a failing run can be replayed by seed. */
function random(seed: number): (n?: number) => number {
  let a = seed >>> 0
  return (n = 1) => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return (((t ^ (t >>> 14)) >>> 0) / 4294967296) * n
  }
}

/** A body whose last block names a digest of the others: a truncated or mixed file cannot pass for complete. */
export function bodyFor(id: string, paragraphs: string[]): ArticleBody {
  const blocks: Block[] = paragraphs.map((text) => ({ kind: 'paragraph', text }))
  blocks.push({ kind: 'paragraph', text: `end ${digest(JSON.stringify(blocks))}` })
  return { id, blocks }
}

export function bodyIsComplete(body: ArticleBody): boolean {
  const last = body.blocks.at(-1)
  return last !== undefined && last.text === `end ${digest(JSON.stringify(body.blocks.slice(0, -1)))}`
}

const articleMeta = (id: string) => ({
  id,
  title: `Article ${id}`,
  format: 'text' as const,
  addedAt: '2024-05-16T00:00:00.000Z',
  wordCount: 1,
  textHash: 'h',
  tags: [] as string[]
})

async function crash(dir: string, seed: number): Promise<void> {
  say('L')
  const lines = createInterface({ input: process.stdin })
  await new Promise<void>((resolve) => lines.once('line', () => resolve()))
  // Backups after almost every write, so that kills also land in the middle of one.
  const store = await Store.open(dir, { backupIntervalMs: 15, backupsToKeep: 4, compactAfterBytes: 30_000 })
  for (const notice of store.notices) process.stderr.write(`${notice.message}\n`)
  say(`O ${libraryDigest(store.data)} ${store.notices.length}`)

  const rnd = random(seed)
  const pick = <T>(list: T[]): T => list[Math.floor(rnd(list.length))]
  const text = (n: number) => {
    let s = ''
    while (s.length < n) s += `${Math.floor(rnd(1e9)).toString(36)} `
    return s.slice(0, n)
  }
  let step = 0
  for (;;) {
    step++
    if (rnd() < 0.2) {
      // An article body, new or replaced, 1 kB to 400 kB.
      const id = `art${Math.floor(rnd(12))}`
      const size = rnd() < 0.3 ? 100_000 + rnd(300_000) : 1_000 + rnd(20_000)
      const paragraphs = Array.from({ length: 1 + Math.floor(rnd(8)) }, () => text(Math.floor(size / 8)))
      const body = bodyFor(id, paragraphs)
      const d = digest(JSON.stringify(body))
      say(`b ${id} ${d}`)
      await store.writeBody(body)
      say(`B ${id} ${d}`)
      continue
    }
    const lib = store.data
    const at = new Date(1_715_817_600_000 + step * 1000).toISOString()
    let recipe: Recipe
    const roll = rnd()
    if (roll < 0.35 || lib.highlights.length < 5) {
      const h: Highlight = {
        id: `h${process.pid}x${step}`,
        articleId: `art${Math.floor(rnd(12))}`,
        color: pick(['yellow', 'green', 'blue', 'pink', 'purple'] as const),
        quote: { exact: text(5 + rnd(60)), prefix: text(rnd(30)), suffix: text(rnd(30)) },
        position: { start: step, end: step + 10 },
        note: text(rnd() < 0.1 ? 20_000 + rnd(60_000) : rnd(400)),
        tags: [pick(['quote', 'claim', 'date', 'name'])],
        createdAt: at,
        updatedAt: at
      }
      recipe = (l: Library) => {
        l.highlights = l.highlights.filter((x) => x.id !== h.id)
        l.highlights.push(structuredClone(h))
      }
    } else if (roll < 0.7) {
      const id = pick(lib.highlights).id
      const note = text(rnd(600))
      recipe = (l: Library) => {
        const h = l.highlights.find((x) => x.id === id)
        if (h) Object.assign(h, { note, updatedAt: at })
      }
    } else if (roll < 0.8 && lib.highlights.length > 150) {
      const id = pick(lib.highlights).id
      recipe = (l: Library) => {
        l.highlights = l.highlights.filter((x) => x.id !== id)
      }
    } else if (roll < 0.9) {
      const id = `art${Math.floor(rnd(12))}`
      recipe = (l: Library) => {
        if (!l.articles.some((a) => a.id === id)) l.articles.push(articleMeta(id))
      }
    } else {
      const key = `art${Math.floor(rnd(12))}`
      const offset = Math.floor(rnd(100_000))
      recipe = (l: Library) => {
        l.settings.positions[key] = offset
      }
    }
    // The change is applied in memory at once: what the disk must hold once it is acknowledged.
    const written = store.update(recipe)
    const expected = libraryDigest(store.data)
    say(`W ${step} ${expected}`)
    await written
    say(`A ${step} ${expected}`)
  }
}

async function writer(dir: string, name: string, count: number): Promise<void> {
  const store = await Store.open(dir, { lockTimeoutMs: 30_000 })
  const library = new LibraryService(store, null)
  const annotations = new AnnotationService(store)
  const articleId = `article-${name}`
  await library.addArticle({ id: articleId, title: `Written by ${name}`, format: 'text', tags: [] }, [
    { kind: 'paragraph', text: `Every change of ${name} must survive.` }
  ])
  say('R')
  const lines = createInterface({ input: process.stdin })
  await new Promise<void>((resolve) => lines.once('line', () => resolve()))

  const rnd = random([...name].reduce((n, c) => n * 31 + c.charCodeAt(0), 7))
  const notes = new Map<string, string>()
  const deleted = new Set<string>()
  let position = 0
  let version = 0
  for (let i = 0; i < count;) {
    // A burst of one to four changes at once, as a fast reader (or a script) makes them.
    const burst: Promise<unknown>[] = []
    const size = 1 + Math.floor(rnd(4))
    for (let k = 0; k < size && i < count; k++, i++) {
      const live = [...notes.keys()].filter((id) => !deleted.has(id))
      const roll = rnd()
      if (roll < 0.4 || live.length < 3) {
        const id = `${name}-${i}`
        // Fixed-width notes: an edit does not change the file's size.
        const note = `${name}:${String(++version).padStart(8, '0')}`
        notes.set(id, note)
        burst.push(
          annotations.createHighlight({
            id,
            articleId,
            color: 'yellow',
            quote: { exact: `passage ${i}`, prefix: '', suffix: '' },
            position: { start: i, end: i + 1 },
            note
          })
        )
      } else if (roll < 0.85) {
        const id = live[Math.floor(rnd(live.length))]
        const note = `${name}:${String(++version).padStart(8, '0')}`
        notes.set(id, note)
        burst.push(annotations.updateHighlight(id, { note }))
      } else if (roll < 0.93) {
        const id = live[Math.floor(rnd(live.length))]
        deleted.add(id)
        burst.push(annotations.deleteHighlight(id))
      } else {
        burst.push(library.setPosition(articleId, ++position))
      }
    }
    await Promise.all(burst)
  }
  await store.close()
  const expected = {
    notes: Object.fromEntries([...notes].filter(([id]) => !deleted.has(id))),
    deleted: [...deleted],
    articleId,
    position
  }
  say(`E ${JSON.stringify(expected)}`)
}

runAsProgram(import.meta.url, 'crash-child (crash DIR SEED | writer DIR NAME COUNT)', ([mode, dir, ...rest]) =>
  mode === 'crash' ? crash(dir, Number(rest[0] ?? 1)) : mode === 'writer' ? writer(dir, rest[0], Number(rest[1])) : null
)
