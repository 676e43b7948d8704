// The pages of the test web server (web-server.ts): articles as publishers write them, with lazy
// pictures, a figure, a table and code, and pages in legacy charsets declared only in <meta>.
import iconv from 'iconv-lite'

const SENTENCES = [
  'The council said on Thursday that work on the new bridge would begin next spring after years of debate.',
  'Residents who had campaigned for a crossing welcomed the decision, while boat owners warned about its height.',
  'Engineers expect the span to carry twelve thousand vehicles a day once the approach roads are finished.',
  'The harbour master said that the tallest vessels would have to wait for the lifting section to open.'
]

/** Paragraphs of plain prose, `count` of them, the same on every run. */
export function prose(count: number, offset = 0): string {
  return Array.from({ length: count }, (_, i) => `<p>${SENTENCES[(i + offset) % 4]} ${SENTENCES[(i + offset + 1) % 4]}</p>`).join('\n')
}

const TRANSPARENT_GIF = 'data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=='

function page(title: string, body: string, head = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title} | Harbour Times</title>
<meta property="og:site_name" content="Harbour Times"><meta name="author" content="Ada Writer">
<meta property="article:published_time" content="2024-05-16T09:00:00Z">${head}</head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>${title}</h1>${body}</article></main><footer>© Harbour Times</footer></body></html>`
}

/** An article with every kind of picture markup reader modes resolve, a figure with caption, a table and code. */
export function articlePage(): string {
  return page(
    'The bridge will be built',
    `${prose(3)}
<figure><img src="/img/1.png" alt="The river at dawn" width="40" height="30"><figcaption>The river where the bridge will stand.</figcaption></figure>
${prose(2, 1)}
<figure><img src="${TRANSPARENT_GIF}" data-src="/img/2.png" alt="A lazy picture"><figcaption>Loaded late by the page's script.</figcaption></figure>
<figure><img src="/img/3.png" srcset="/img/3.png 320w, /img/4.png 1024w" alt="A picture in two sizes"><figcaption>The larger of two sizes.</figcaption></figure>
<figure><picture><source srcset="/img/5.png" type="image/png"><img src="/img/6.png" alt="A picture element"></picture><figcaption>From a picture element.</figcaption></figure>
${prose(2, 2)}
<table><thead><tr><th>Year</th><th>Vehicles a day</th></tr></thead><tbody><tr><td>2025</td><td>9,000</td></tr><tr><td>2030</td><td>12,000</td></tr></tbody></table>
<pre><code class="language-js">const span = lift(bridge, 'north')</code></pre>
${prose(2, 3)}`,
    '<link rel="canonical" href="https://harbour.example/news/bridge">'
  )
}

/** One figure whose picture is at `src` (any address: tests point it elsewhere). */
export function figurePage(src: string): string {
  const safe = src.replace(/[<>"&]/g, '')
  return page(
    'A figure with its caption',
    `${prose(3)}<figure><img src="${safe}" alt="The harbour"><figcaption>The harbour at noon.</figcaption></figure>${prose(3, 2)}`
  )
}

export function tablePage(): string {
  return page(
    'Figures in a table',
    `${prose(3)}<table><tr><th>Ship</th><th>Height</th></tr><tr><td>Aurora</td><td>41 m</td></tr><tr><td>Borealis</td><td>38 m</td></tr></table>${prose(2)}`
  )
}

export function codePage(): string {
  return page(
    'Code in an article',
    `${prose(3)}<pre><code class="language-python">def lift(span):\n    return span.open()</code></pre>${prose(2)}`
  )
}

/** A page with hardly any text: not an article. */
export function emptyPage(): string {
  return '<!DOCTYPE html><html><head><title>Loading…</title></head><body><div id="app"></div><script>start()</script></body></html>'
}

/** A ~`bytes` page with `images` pictures at /img/big-<n>.png, spread through it. */
export function bigPage(bytes: number, images: number): string {
  const paragraphs = Math.max(images, Math.round(bytes / 240))
  const every = Math.max(1, Math.floor(paragraphs / images))
  const parts: string[] = []
  for (let i = 0, n = 0; i < paragraphs; i++) {
    parts.push(prose(1, i))
    if (i % every === 0 && n < images)
      parts.push(`<figure><img src="/img/big-${++n}.png" alt="Picture ${n}"><figcaption>Picture number ${n}.</figcaption></figure>`)
  }
  return page('A long read with many pictures', parts.join('\n'))
}

const LEGACY_TEXT: Record<string, { title: string; text: string }> = {
  'windows-1252': { title: 'Café “society” — a résumé', text: 'Le café “Chez Zoë” coûte 3 € — naïve façade, crème brûlée. ' },
  shift_jis: {
    title: '橋の建設が決まりました',
    text: '市議会は木曜日、新しい橋の工事を来年の春に始めると発表しました。住民はこの決定を歓迎しました。'
  },
  gb18030: { title: '大桥将于明年开工', text: '市议会星期四表示，新大桥的工程将于明年春天开始。居民们对这一决定表示欢迎。' }
}

/** A page in `charset`, declared only in <meta> (or not at all with `declare` false), as bytes. */
export function legacyPage(charset: 'windows-1252' | 'shift_jis' | 'gb18030', declare: boolean): Buffer {
  const { title, text } = LEGACY_TEXT[charset]
  const meta = declare ? `<meta charset="${charset}">` : ''
  const html = `<!DOCTYPE html><html><head>${meta}<title>${title}</title></head><body><article><h1>${title}</h1>${Array.from(
    { length: 6 },
    () => `<p>${text.repeat(3)}</p>`
  ).join('')}</article></body></html>`
  return iconv.encode(html, charset)
}

/** The first words of a legacy page's text, to check it was decoded. */
export const LEGACY_SAMPLE = {
  'windows-1252': 'Le café “Chez Zoë” coûte 3 € — naïve façade',
  shift_jis: '市議会は木曜日、新しい橋の工事を来年の春に始めると発表しました。',
  gb18030: '市议会星期四表示，新大桥的工程将于明年春天开始。'
} as const

/** The start of a PDF: enough for a server to call it one. */
export const PDF_BYTES = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1')
