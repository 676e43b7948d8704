// English-like prose for the benchmark (bench/compare.bench.ts): words drawn with Zipfian frequencies
// (real function and common words at the top ranks, made-up words below) by a seeded PRNG, in
// sentences and paragraphs; and a report built on a source by quoting passages of it, verbatim or
// edited. Pure, like the rest of src/shared: the benchmark does the timing and the printing.

export type QuoteEdit = 'verbatim' | 'light' | 'heavy'

export interface EmbeddedQuote {
  edit: QuoteEdit
  /** Character spans: the quote in the report, its passage in the source. */
  a: { start: number; end: number }
  b: { start: number; end: number }
}

/** mulberry32: small, fast, and the same sequence everywhere for a seed. */
export function prng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const COMMON = (
  'the of and to a in that is was he for it with as his on be at by had are but from or have an they ' +
  'which one you were all we her she there would their will when who him been has more if no out so ' +
  'said what up its about than into them can only other time new some could these two may first then ' +
  'do any like my now over such our man me even most made after also did many off before must well ' +
  'back through years where much your way down should because each just those people how too little ' +
  'state good very make world still own see men work long get here between both life being under never ' +
  'day same another know while last might us great old year off come since against go came right used ' +
  'take three states himself few house use during without again place american around however home ' +
  'small found thought went say part once general high upon school every government united left number ' +
  'course war until always away something fact water though less public put think almost hand enough ' +
  'far took head yet system better set told nothing night end why called eyes find going look asked ' +
  'later knew point next program city business give group toward young days let room president side ' +
  'social given present several order national possible rather second face per among form important ' +
  'often things looked early white case john become large big need four within felt along children saw ' +
  'best church ever least power development light thing seemed family interest want members mind country'
).split(' ')

const SYLLABLES =
  'ba be bi bo bu ca ce co da de di do fa fe fi ga ge go ha he ka ki la le li lo lu ma me mi mo na ne ni no pa pe pi po ra re ri ro sa se si so ta te ti to va ve vi za ze'.split(
    ' '
  )

/** A vocabulary of `size` words, most frequent first. */
export function vocabulary(size: number, random: () => number): string[] {
  const words = new Set(COMMON)
  while (words.size < size) {
    const syllables = 2 + Math.floor(random() * 3)
    let w = ''
    for (let i = 0; i < syllables; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)]
    if (random() < 0.3) w += ['s', 'ed', 'ing', 'tion', 'ly'][Math.floor(random() * 5)]
    words.add(w)
  }
  return [...words]
}

/** Draws ranks with probability proportional to 1 / rank^s (s = 1.05, near English); from `random`, or
 *  from the sequence passed to a draw (an article made again from its own sequence). */
export function zipf(size: number, random: () => number, s = 1.05): (from?: () => number) => number {
  const cdf = new Float64Array(size)
  let sum = 0
  for (let r = 0; r < size; r++) cdf[r] = sum += 1 / Math.pow(r + 1, s)
  return (from = random) => {
    const x = from() * sum
    let lo = 0
    let hi = size - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cdf[mid] < x) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}

/** `count` words in sentences of 8–28 words, some commas, paragraphs of 3–6 sentences. Returns the
 *  words, with the sentence ends marked: sentenceEnd[i] is true after word i. */
export function proseWords(
  count: number,
  words: string[],
  draw: () => number,
  random: () => number
): { words: string[]; sentenceEnd: boolean[] } {
  const out: string[] = []
  const sentenceEnd: boolean[] = []
  let left = 0
  while (out.length < count) {
    if (left === 0) left = 8 + Math.floor(random() * 21)
    out.push(words[draw()])
    left--
    sentenceEnd.push(left === 0)
  }
  sentenceEnd[sentenceEnd.length - 1] = true
  return { words: out, sentenceEnd }
}

/** Joins words into text: capitals after a sentence end, commas now and then, blank lines between
 *  paragraphs. `at(i, offset)` is told where word i starts. */
export function render(
  words: string[],
  sentenceEnd: boolean[],
  random: () => number,
  at?: (i: number, start: number, end: number) => void
): string {
  let text = ''
  let capital = true
  let sentencesInParagraph = 0
  for (let i = 0; i < words.length; i++) {
    const w = capital ? words[i][0].toUpperCase() + words[i].slice(1) : words[i]
    const start = text.length
    text += w
    at?.(i, start, text.length)
    capital = sentenceEnd[i]
    if (sentenceEnd[i]) {
      text += '.'
      sentencesInParagraph++
      if (i + 1 < words.length) {
        if (sentencesInParagraph >= 3 && random() < 0.3) {
          text += '\n\n'
          sentencesInParagraph = 0
        } else text += ' '
      }
    } else text += random() < 0.07 ? ', ' : ' '
  }
  return text
}

/** A passage's words as a quote edits them: light changes a tenth of the words; heavy changes a third,
 *  or swaps the halves and changes some. Words ending a sentence keep their full stop. */
export function editQuote(words: string[], edit: QuoteEdit, vocab: string[], draw: () => number, random: () => number): string[] {
  words = [...words]
  const substitute = (share: number): void => {
    const n = Math.max(1, Math.round(words.length * share))
    for (let k = 0; k < n; k++) {
      const at = Math.floor(random() * words.length)
      const stop = words[at].endsWith('.') ? '.' : ''
      let w = vocab[draw()]
      while (w + stop === words[at]) w = vocab[draw()]
      words[at] = w + stop
    }
  }
  if (edit === 'light') substitute(0.1)
  if (edit === 'heavy') {
    if (random() < 0.5) substitute(1 / 3)
    else {
      // Reordered: the two halves swapped at a point in the middle third, and some words changed.
      const cut = Math.floor(words.length / 3 + random() * (words.length / 3))
      words = [...words.slice(cut), ...words.slice(0, cut)]
      substitute(0.15)
    }
  }
  return words
}

/** A source of `size` words, and a report of about as many words of its own prose in which `count`
 *  passages of the source (12–40 words; a third verbatim, a third with 10% of the words changed, a
 *  third with a third changed or the halves swapped) are quoted, each as a sentence of its own. */
export function quotingPair(size: number, count: number, seed: number): { source: string; report: string; quotes: EmbeddedQuote[] } {
  const random = prng(seed)
  const vocab = vocabulary(30_000, random)
  const draw = zipf(vocab.length, random)
  const src = proseWords(size, vocab, draw, random)
  const srcSpans: [number, number][] = []
  const source = render(src.words, src.sentenceEnd, random, (i, s, e) => (srcSpans[i] = [s, e]))

  // Passages of 12–40 words at evenly spread, non-overlapping places of the source.
  const passages: { from: number; to: number; edit: QuoteEdit }[] = []
  const stride = Math.floor(size / count)
  for (let q = 0; q < count; q++) {
    const len = 12 + Math.floor(random() * 29)
    const from = q * stride + Math.floor(random() * (stride - len))
    const edit: QuoteEdit = q % 3 === 0 ? 'verbatim' : q % 3 === 1 ? 'light' : 'heavy'
    passages.push({ from, to: from + len, edit })
  }
  // A quote keeps the source's sentence ends inside it ("… is enormous. We have to …").
  const quoteWords = passages.map(({ from, to, edit }) =>
    editQuote(
      src.words.slice(from, to).map((w, k) => (k < to - from - 1 && src.sentenceEnd[from + k] ? `${w}.` : w)),
      edit,
      vocab,
      draw,
      random
    )
  )

  // The report: its own prose, with each quote as a sentence of its own between two of its sentences.
  const total = quoteWords.reduce((n, w) => n + w.length, 0)
  const own = proseWords(size - total, vocab, draw, random)
  const ends: number[] = []
  own.sentenceEnd.forEach((end, i) => end && ends.push(i))
  const slots = new Set<number>()
  while (slots.size < count) slots.add(ends[Math.floor(random() * ends.length)])
  const slotOrder = [...slots].sort((x, y) => x - y)
  const quoteAt = new Map(slotOrder.map((slot, q) => [slot, q]))
  let report = ''
  const quotes: EmbeddedQuote[] = []
  const ownText = render(own.words, own.sentenceEnd, random, () => {})
  // Re-render with insertions: split the rendered prose after each chosen sentence end.
  let cursor = 0
  let wordIndex = 0
  const re = /[^\s,.]+/g
  for (let m = re.exec(ownText); m; m = re.exec(ownText), wordIndex++) {
    const q = quoteAt.get(wordIndex)
    if (q === undefined) continue
    const end = ownText.indexOf('.', m.index + m[0].length) + 1
    report += ownText.slice(cursor, end) + ' '
    cursor = end + 1
    const words = quoteWords[q]
    const start = report.length + 1
    const capitalised = words.map((w, k) => (k === 0 || words[k - 1].endsWith('.') ? w[0].toUpperCase() + w.slice(1) : w))
    report += '“' + capitalised.join(' ').replace(/\.$/, '')
    quotes.push({
      edit: passages[q].edit,
      a: { start, end: report.length },
      b: { start: srcSpans[passages[q].from][0], end: srcSpans[passages[q].to - 1][1] }
    })
    report += '.”'
  }
  report += ownText.slice(cursor - 1)
  return { source, report, quotes }
}
