// Writes docs/sample-export.md: the seed pair, compared and annotated as a reader would, exported as
// one Markdown file. Run with `npx vite-node scripts/sample-export.ts`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { selectorsFor } from '../src/shared/anchor'
import { align } from '../src/shared/compare'
import { canonicalText } from '../src/shared/model'
import { openApp } from '../src/node'

const root = path.resolve(import.meta.dirname, '..')
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'diptych-sample-'))
const none = async () => null
const app = await openApp({
  dataDir,
  resourcesDir: path.join(root, 'resources'),
  platform: { showOpenDialog: none, showSaveDialog: none, writeClipboard: () => undefined, openExternal: async () => undefined }
})
const [report, source] = ['anadolu-2024-05-16', 'trend-2024-05-16']
const text = async (id: string) => canonicalText((await app.library.body(id)).blocks)
const [a, b] = [await text(report), await text(source)]

const notes: Record<string, { note: string; tags: string[] }> = {
  'We have to rebuild': {
    note: 'The transcript says *“we have to rebuild from scratch an area”* — and gives the scale: **50 percent larger than Lebanon**, which the report leaves out.',
    tags: ['quote', 'reconstruction']
  },
  'Belarus has expertise': {
    note: '“very good experience” became “expertise”; “agro-towns” became “agricultural towns”.',
    tags: ['quote', 'wording']
  }
}
// Fixed ids, so that the block ids in the sample stay the same from one run to the next.
let n = 0
const id = () => `sample-${++n}`
for (const pair of align(a, b)) {
  if (pair.kind !== 'verbatim' && pair.score < 0.6) continue
  const quote = a.slice(pair.a.start, pair.a.end)
  const extra = Object.entries(notes).find(([k]) => quote.startsWith(k))?.[1] ?? { note: '', tags: ['aliyev'] }
  const from = await app.annotations.createHighlight({
    id: id(),
    articleId: report,
    color: 'green',
    ...selectorsFor(a, pair.a.start, pair.a.end),
    ...extra
  })
  const to = await app.annotations.createHighlight({
    id: id(),
    articleId: source,
    color: 'blue',
    ...selectorsFor(b, pair.b.start, pair.b.end)
  })
  await app.annotations.createLink({ id: id(), from: from.id, to: to.id, relation: pair.kind === 'paraphrase' ? 'paraphrases' : 'quotes' })
}
const lukashenko = a.indexOf('"If in this great cause')
await app.annotations.createHighlight({
  id: id(),
  articleId: report,
  color: 'pink',
  ...selectorsFor(a, lukashenko, a.indexOf('pleasure.', lukashenko) + 'pleasure.'.length),
  note: 'Lukashenko — no counterpart in the statement (it is Aliyev’s statement only).',
  tags: ['lukashenko', 'no counterpart']
})
const rendered = await app.exports.render(
  { scope: 'pair', articleIds: [report, source], format: 'markdown', includeNotes: true, order: 'reading' },
  '2024-05-17T08:00:00.000Z'
)
if (rendered.kind !== 'file') throw new Error('expected one file')
writeFileSync(path.join(root, 'docs', 'sample-export.md'), rendered.content)
console.log(`docs/sample-export.md: ${app.store.data.highlights.length} highlights, ${app.store.data.links.length} links`)
await app.store.close()
rmSync(dataDir, { recursive: true, force: true })
