// Turns the captured seed texts (../shared/seeds) into the bundled articles under resources/articles.
// Capture noise becomes metadata or is dropped; the words of the articles are kept as they are.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const seeds = process.argv[2] ?? path.resolve('..', 'shared', 'seeds')
const out = path.resolve('resources', 'articles')

function paragraphs(text) {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
}

function anadolu() {
  const raw = readFileSync(path.join(seeds, 'anadolu-2024-05-16-belarus-offers-help.txt'), 'utf8')
  const lines = raw.split('\n')
  const title = 'Belarus offers Azerbaijan help in restoring Karabakh region'
  if (!raw.includes(title)) throw new Error('Anadolu seed: headline not found')
  // Everything up to and including the photo caption is masthead, dateline and caption: metadata.
  const caption = lines.findIndex((l) => l.includes('(REUTERS File Photo)'))
  if (caption < 0) throw new Error('Anadolu seed: photo caption not found')
  const body = paragraphs(lines.slice(caption + 1).join('\n'))
  return {
    meta: {
      id: 'anadolu-2024-05-16',
      title,
      source: 'Anadolu Agency',
      description: 'WORLD',
      published: '2024-05-16',
      lang: 'en',
      format: 'bundled'
    },
    blocks: body.map((text) => ({ kind: 'paragraph', text }))
  }
}

function trend() {
  const raw = readFileSync(path.join(seeds, 'trend-2024-05-16-aliyev-statement.txt'), 'utf8')
  const text = raw.replace(/^\s*date \d{4}-\d{2}-\d{2}\s+/, '')
  const parts = paragraphs(text)
  const blocks = parts.map((p) =>
    p === 'Statement by President Ilham Aliyev' ? { kind: 'heading', level: 2, text: p } : { kind: 'paragraph', text: p }
  )
  return {
    meta: {
      id: 'trend-2024-05-16',
      title:
        'I have invited Belarusian companies to actively participate in the reconstruction of the Karabakh and Eastern Zangezur regions',
      source: 'Trend',
      description: 'Statement by President Ilham Aliyev at the press conference with President Lukashenko, Baku',
      published: '2024-05-16',
      lang: 'en',
      format: 'bundled'
    },
    blocks
  }
}

for (const article of [anadolu(), trend()]) {
  writeFileSync(path.join(out, `${article.meta.id}.json`), JSON.stringify(article, null, 2) + '\n')
  console.log(`${article.meta.id}: ${article.blocks.length} blocks`)
}
